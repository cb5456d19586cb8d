import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../scenarios/index.ts';
import { encodeBase64Url } from './base64url.ts';
import { decodePermalink, encodePermalink, MAX_INFLATED_BYTES } from './permalink.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('permalinks', () => {
  it('round-trips the YAML byte for byte and the view state', () => {
    const state = { yaml: scenarios[0].yaml, view: { client: 'infra-jinsu-lab/sleep', seed: 42, speed: 0.5, panel: 'trace', playing: false } };
    const r = decodePermalink('#' + encodePermalink(state));
    expect(r).toEqual({ ok: true, version: 'v1', state });
  });

  it('keeps the seed scenario link short enough for chat (< 2,000 characters)', () => {
    const link = encodePermalink({ yaml: scenarios[0].yaml, view: { client: 'infra-jinsu-lab/sleep', seed: 1, speed: 1, panel: 'stats' } });
    expect(link.length).toBeLessThan(2000);
  });

  it('still opens a v1 link made on 2026-11-25 (frozen fixture)', () => {
    const r = decodePermalink(fixture('v1-seed.link.txt').trim());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.yaml).toBe(fixture('v1-seed.yaml'));
    expect(r.state.view).toEqual({ client: 'infra-jinsu-lab/sleep', seed: 7, speed: 2, panel: 'stats', layout: { editorPercent: 40, bottomPercent: 30 }, playing: true });
  });

  it('explains a truncated link instead of loading half a scenario', () => {
    const link = encodePermalink({ yaml: scenarios[0].yaml, view: {} });
    const r = decodePermalink(link.slice(0, link.length - 40));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/damaged/);
  });

  it('refuses a link that inflates past the limit (zip bomb) without inflating it all', () => {
    const huge = JSON.stringify({ yaml: 'a'.repeat(MAX_INFLATED_BYTES * 20), view: {} });
    const link = 'v1/' + encodeBase64Url(deflateSync(strToU8(huge), { level: 9 }));
    expect(link.length).toBeLessThan(40_000);
    const r = decodePermalink(link);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/expands to more than/) });
  });

  it('names an unknown format version', () => {
    expect(decodePermalink('#v9/abc')).toEqual({ ok: false, error: expect.stringMatching(/format "v9"/) });
    expect(decodePermalink('#hello')).toEqual({ ok: false, error: 'This link is not a playground permalink.' });
  });

  it('drops wrongly typed view fields instead of trusting them', () => {
    const json = JSON.stringify({ yaml: 'kind: X', view: { seed: 'nope', speed: 1e9, panel: '<img src=x onerror=alert(1)>', client: 12, layout: { editorPercent: -5 } } });
    const r = decodePermalink('v1/' + encodeBase64Url(deflateSync(strToU8(json))));
    expect(r).toEqual({ ok: true, version: 'v1', state: { yaml: 'kind: X', view: { speed: 10, layout: { editorPercent: 0 } } } });
  });

  it('never throws on arbitrary fragments', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decodePermalink(s);
        expect(typeof r.ok).toBe('boolean');
        const r2 = decodePermalink('v1/' + s);
        expect(typeof r2.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
