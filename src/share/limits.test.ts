/** The permalink limits (README "Limits"), each with the sentence a visitor reads. */
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_PERMALINK_INFLATED_BYTES } from '../engine/limits.ts';
import { encodeBase64Url } from './base64url.ts';
import { decodePermalink, MAX_FRAGMENT_CHARS } from './permalink.ts';

describe('permalink limits', () => {
  it(`refuses a link that inflates past ${MAX_PERMALINK_INFLATED_BYTES} bytes, quickly`, () => {
    const bomb = 'v1/' + encodeBase64Url(deflateSync(strToU8(JSON.stringify({ yaml: 'a'.repeat(50_000_000) })), { level: 9 }));
    const start = performance.now();
    expect(decodePermalink(bomb)).toEqual({ ok: false, error: 'This link expands to more than 528 KB; nothing was loaded from it.' });
    expect(performance.now() - start).toBeLessThan(500);
  });

  it(`refuses a fragment longer than ${MAX_FRAGMENT_CHARS} characters before decoding it`, () => {
    expect(decodePermalink('#v1/' + 'A'.repeat(MAX_FRAGMENT_CHARS))).toEqual({
      ok: false,
      error: 'This link is 1,000,003 characters long; links are limited to 1,000,000.',
    });
  });
});
