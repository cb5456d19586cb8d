/**
 * The permalink figures: the real codec (src/share/permalink.ts, `#v1/` + base64url(deflate(JSON))
 * with a bounded inflate and a sanitised restore), and as its same-run baseline the same JSON
 * through the same base64url without compression.
 */
import { strFromU8, strToU8 } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from '../src/share/base64url.ts';
import { decodePermalink, encodePermalink } from '../src/share/permalink.ts';
import type { SharedState } from '../src/share/sharedState.ts';

export type PermalinkState = SharedState;

export const permalinkCodec = {
  name: 'src/share encodePermalink / decodePermalink (#v1/ + base64url(deflate(JSON)))',
  encode: (state: PermalinkState): string => encodePermalink(state),
  decode(fragment: string): PermalinkState {
    const r = decodePermalink(fragment);
    if (!r.ok) throw new Error(r.error);
    return r.state;
  },
};

/** Baseline for the ratio: JSON + base64url only (no deflate, no bounds, no sanitising). */
export const plainCodec = {
  encode: (state: PermalinkState): string => encodeBase64Url(strToU8(JSON.stringify({ yaml: state.yaml, view: state.view }))),
  decode: (text: string): PermalinkState => JSON.parse(strFromU8(decodeBase64Url(text)!)) as PermalinkState,
};
