import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareUtf8, utf8Encode, utf8Length } from './utf8.ts';

const enc = new TextEncoder();

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return Math.sign(a.length - b.length);
}

describe('utf8Encode', () => {
  it('matches TextEncoder, lone surrogates included', () => {
    for (const s of ['', 'abc', 'é', '✓', '😀', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d']) {
      expect(Array.from(utf8Encode(s))).toEqual(Array.from(enc.encode(s)));
      expect(utf8Length(s)).toBe(enc.encode(s).length);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(Array.from(utf8Encode(s))).toEqual(Array.from(enc.encode(s)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('compareUtf8', () => {
  it('orders like the UTF-8 bytes (what std::sort on string_view does)', () => {
    expect(compareUtf8('bar', 'foo')).toBe(-1);
    expect(compareUtf8('foo', 'foo')).toBe(0);
    expect(compareUtf8('fo', 'foo')).toBe(-1);
    // JS `<` puts U+FFFD after U+1F600's surrogates; UTF-8 bytes (EF.. vs F0..) do not.
    expect('\ufffd' < '😀').toBe(false);
    expect(compareUtf8('\ufffd', '😀')).toBe(-1);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }), (a, b) => {
        expect(compareUtf8(a, b)).toBe(compareBytes(enc.encode(a), enc.encode(b)));
      }),
      { numRuns: 500 },
    );
  });
});
