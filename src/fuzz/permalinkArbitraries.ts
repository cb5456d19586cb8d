/**
 * Permalink fragments from strangers: random text, valid base64url of random bytes, deflated
 * JSON of the wrong shape, and real links with a byte flipped or cut off.
 */
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { encodeBase64Url } from '../share/base64url.ts';
import type { DecodeResult } from '../share/permalink.ts';
import { encodePermalink } from '../share/permalink.ts';
import type { SharedState } from '../share/sharedState.ts';
import { InvariantError } from './invariants.ts';
import { XSS } from './arbitraries/text.ts';

const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ yaml: fc.oneof(fc.string(), fc.constant(XSS), fc.integer()), view: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
  fc.record({
    yaml: fc.string({ maxLength: 50 }),
    view: fc.record({
      client: fc.oneof(fc.string(), fc.integer(), fc.constant(XSS)), seed: fc.oneof(fc.double(), fc.integer(), fc.string()),
      speed: fc.oneof(fc.double(), fc.string()), panel: fc.oneof(fc.constantFrom('stats', 'trace', 'nope'), fc.constant(XSS)),
      playing: fc.oneof(fc.boolean(), fc.string()), layout: fc.jsonValue({ maxDepth: 2 }),
    }, { requiredKeys: [] }),
  }),
);

export const sharedState: fc.Arbitrary<SharedState> = fc.record({
  yaml: fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !s.includes('\u0000')),
  view: fc.record({
    client: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    seed: fc.option(fc.nat({ max: 0xffffffff }), { nil: undefined }),
    speed: fc.option(fc.constantFrom(0.25, 1, 2, 10), { nil: undefined }),
    panel: fc.option(fc.constantFrom('stats', 'trace', 'problems', 'tests', 'hash'), { nil: undefined }),
    playing: fc.option(fc.boolean(), { nil: undefined }),
  }, { requiredKeys: [] }),
}).map((s) => ({ yaml: s.yaml, view: Object.fromEntries(Object.entries(s.view).filter(([, v]) => v !== undefined)) }));

const deflated = (value: unknown) => 'v1/' + encodeBase64Url(deflateSync(strToU8(JSON.stringify(value) ?? 'null')));

export const permalinkFragment: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 300 }).map((s) => `#v1/${s}`),
  fc.uint8Array({ maxLength: 300 }).map((b) => `v1/${encodeBase64Url(b)}`),
  jsonish.map(deflated),
  fc.tuple(sharedState, fc.nat(), fc.nat({ max: 63 })).map(([state, at, by]) => {
    const link = encodePermalink(state);
    const i = 3 + (at % Math.max(1, link.length - 3));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    return link.slice(0, i) + alphabet[by] + link.slice(i + 1);
  }),
  fc.tuple(sharedState, fc.nat()).map(([state, at]) => {
    const link = encodePermalink(state);
    return link.slice(0, at % (link.length + 1));
  }),
);

/** A decoded link is sanitised (clamped numbers, known panels, text without NUL); a refused one says why. */
export function checkPermalinkResult(r: DecodeResult): void {
  if (!r.ok) {
    if (typeof r.error !== 'string' || r.error.trim() === '' || /\n\s+at [^\n]*:\d+:\d+|TypeError|\[object/.test(r.error)) {
      throw new InvariantError(`refused link without a sentence: ${r.error}`);
    }
    return;
  }
  const { yaml, view } = r.state;
  if (typeof yaml !== 'string' || yaml.includes('\u0000')) throw new InvariantError('decoded YAML is not plain text');
  if (view.seed !== undefined && !(Number.isInteger(view.seed) && view.seed >= 0 && view.seed <= 0xffffffff)) throw new InvariantError(`seed ${view.seed}`);
  if (view.speed !== undefined && !(view.speed >= 0.1 && view.speed <= 10)) throw new InvariantError(`speed ${view.speed}`);
  if (view.panel !== undefined && !['stats', 'trace', 'problems', 'tests', 'hash'].includes(view.panel)) throw new InvariantError(`panel ${view.panel}`);
  if (view.client !== undefined && view.client !== null && typeof view.client !== 'string') throw new InvariantError('client not text');
  if (view.playing !== undefined && typeof view.playing !== 'boolean') throw new InvariantError('playing not a boolean');
}
