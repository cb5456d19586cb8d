import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { boundedInflate } from './boundedInflate.ts';
import { MAX_PERMALINK_INFLATED_BYTES } from '../engine/limits.ts';
import { restoreSharedState, type SharedState } from './sharedState.ts';

/**
 * Permalinks: `#v1/<base64url(deflate(JSON))>`. The version prefix selects a decoder from
 * DECODERS, so links made today keep opening after the format changes: a new format gets
 * a new version and the old decoders stay (each has a fixture test in fixtures/).
 */
export const CURRENT_VERSION = 'v1';

/** Largest JSON a link may inflate to (the YAML limit plus room for view state). */
export const MAX_INFLATED_BYTES = MAX_PERMALINK_INFLATED_BYTES;
/** Longest fragment accepted at all (before decoding). */
export const MAX_FRAGMENT_CHARS = 1_000_000;

export type DecodeResult = { ok: true; state: SharedState; version: string } | { ok: false; error: string };

/** The fragment (without '#') for a state. */
export function encodePermalink(state: SharedState): string {
  const json = JSON.stringify({ yaml: state.yaml, view: state.view });
  return `${CURRENT_VERSION}/${encodeBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

const DECODERS: Record<string, (payload: string) => DecodeResult> = {
  v1: decodeV1,
};

/** Decodes a fragment ('#v1/...' or 'v1/...'). Never throws, never evaluates anything. */
export function decodePermalink(fragment: string): DecodeResult {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (f.length > MAX_FRAGMENT_CHARS) return { ok: false, error: `This link is ${f.length.toLocaleString('en')} characters long; links are limited to ${MAX_FRAGMENT_CHARS.toLocaleString('en')}.` };
  const slash = f.indexOf('/');
  const version = slash > 0 ? f.slice(0, slash) : '';
  const decoder = Object.prototype.hasOwnProperty.call(DECODERS, version) ? DECODERS[version] : undefined;
  if (!decoder) {
    return { ok: false, error: version ? `This link uses format "${version.slice(0, 20)}", which this version of the playground does not know.` : 'This link is not a playground permalink.' };
  }
  const r = decoder(f.slice(slash + 1));
  return r.ok ? { ...r, version } : r;
}

function decodeV1(payload: string): DecodeResult {
  const bytes = decodeBase64Url(payload);
  if (!bytes || bytes.length === 0) return { ok: false, error: 'This link is damaged: it is not valid base64url (was it cut off or edited?).' };
  const inflated = boundedInflate(bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    return {
      ok: false,
      error: inflated.reason === 'too-large'
        ? `This link expands to more than ${Math.round(MAX_INFLATED_BYTES / 1024)} KB; nothing was loaded from it.`
        : 'This link is damaged: its compressed data is corrupt (was it cut off?).',
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated.bytes));
  } catch {
    return { ok: false, error: 'This link is damaged: its content is not valid JSON.' };
  }
  const state = restoreSharedState(json);
  if (!state) return { ok: false, error: 'This link holds no scenario YAML.' };
  return { ok: true, state, version: 'v1' };
}
