import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { xxh64, xxh64Into } from './xxh64.ts';

// A deliberately literal BigInt transcription of the XXH64 spec, to check the 32-bit-halves
// production code against.
const M = (1n << 64n) - 1n;
const P1 = 0x9e3779b185ebca87n, P2 = 0xc2b2ae3d27d4eb4fn, P3 = 0x165667b19e3779f9n;
const P4 = 0x85ebca77c2b2ae63n, P5 = 0x27d4eb2f165667c5n;
const rotl = (x: bigint, r: bigint) => ((x << r) | (x >> (64n - r))) & M;
const round = (acc: bigint, input: bigint) => (rotl((acc + input * P2) & M, 31n) * P1) & M;
const merge = (acc: bigint, v: bigint) => (((acc ^ round(0n, v)) * P1) + P4) & M;
const le = (b: Uint8Array, i: number, n: number) => {
  let v = 0n;
  for (let k = n - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[i + k]);
  return v;
};
function referenceXxh64(b: Uint8Array, seed: bigint): bigint {
  let p = 0;
  let h: bigint;
  if (b.length >= 32) {
    let v1 = (seed + P1 + P2) & M, v2 = (seed + P2) & M, v3 = seed, v4 = (seed - P1) & M;
    for (; p + 32 <= b.length; p += 32) {
      v1 = round(v1, le(b, p, 8)); v2 = round(v2, le(b, p + 8, 8));
      v3 = round(v3, le(b, p + 16, 8)); v4 = round(v4, le(b, p + 24, 8));
    }
    h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & M;
    h = merge(merge(merge(merge(h, v1), v2), v3), v4);
  } else {
    h = (seed + P5) & M;
  }
  h = (h + BigInt(b.length)) & M;
  for (; p + 8 <= b.length; p += 8) h = ((rotl(h ^ round(0n, le(b, p, 8)), 27n) * P1) + P4) & M;
  if (p + 4 <= b.length) {
    h = ((rotl(h ^ ((le(b, p, 4) * P1) & M), 23n) * P2) + P3) & M;
    p += 4;
  }
  for (; p < b.length; p++) h = (rotl(h ^ ((BigInt(b[p]) * P5) & M), 11n) * P1) & M;
  h ^= h >> 33n; h = (h * P2) & M;
  h ^= h >> 29n; h = (h * P3) & M;
  return h ^ (h >> 32n);
}

describe('xxh64', () => {
  it('matches the public vectors Envoy tests use', () => {
    expect(xxh64('')).toBe(17241709254077376921n);
    expect(xxh64('foo')).toBe(3728699739546630719n);
    expect(xxh64('bar')).toBe(5234164152756840025n);
    expect(xxh64('lyft')).toBe(4400747396090729504n);
  });

  it('agrees with the reference for every length 0..100 and random seeds', () => {
    for (let len = 0; len <= 100; len++) {
      const b = new Uint8Array(len);
      for (let i = 0; i < len; i++) b[i] = (i * 131 + len * 7 + 0xa5) & 0xff;
      expect(xxh64(b)).toBe(referenceXxh64(b, 0n));
      expect(xxh64(b, 0xffffffffffffffffn)).toBe(referenceXxh64(b, M));
    }
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 100 }), fc.bigInt({ min: 0n, max: M }), (b, seed) => {
        expect(xxh64(b, seed)).toBe(referenceXxh64(b, seed));
      }),
      { numRuns: 500 },
    );
  });

  it('hashes strings as UTF-8 and reduces seeds mod 2^64', () => {
    const s = 'héllo ✓ 😀';
    expect(xxh64(s)).toBe(referenceXxh64(new TextEncoder().encode(s), 0n));
    expect(xxh64('foo', 1n << 64n)).toBe(xxh64('foo', 0n));
  });

  it('xxh64Into hashes a sub-range into (hi, lo)', () => {
    const b = new TextEncoder().encode('xxfooyy');
    const out = new Uint32Array(2);
    xxh64Into(b, 2, 5, 0, 0, out);
    expect((BigInt(out[0]) << 32n) | BigInt(out[1])).toBe(3728699739546630719n);
  });
});
