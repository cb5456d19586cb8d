import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { u64FromHalves, u64Hi, u64Lo, u64ModSmall, u64ToHex } from './u64.ts';

describe('u64 helpers', () => {
  it('round-trips bigint <-> halves and reduces exactly mod small m', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.integer({ min: 1, max: 5000011 }), (h, m) => {
        expect(u64FromHalves(u64Hi(h), u64Lo(h))).toBe(h);
        expect(u64ModSmall(u64Hi(h), u64Lo(h), m)).toBe(Number(h % BigInt(m)));
      }),
    );
    expect(u64Hi(-1n)).toBe(0xffffffff);
    expect(u64ToHex((1n << 64n) - 1n)).toBe('ffffffffffffffff');
  });
});
