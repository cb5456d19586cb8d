import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newWeightedPick, pickWeighted, weightedIndexAt } from './pickWeighted.ts';
import { createRng } from './rng.ts';

describe('pickWeighted', () => {
  it('splits 1:3 within tolerance over 100k draws (fixed seed)', () => {
    const rng = createRng(2024);
    const out = newWeightedPick();
    const counts = [0, 0];
    for (let i = 0; i < 100000; i++) counts[pickWeighted([1, 3], rng, out).index]++;
    expect(counts[0] / 100000).toBeCloseTo(0.25, 2); // |error| < 0.005, ~3.6 sigma
  });

  it('never picks a weight-0 entry', () => {
    const rng = createRng(9);
    const out = newWeightedPick();
    for (let i = 0; i < 20000; i++) {
      const idx = pickWeighted([0, 10, 0, 90, 0], rng, out).index;
      expect(idx === 1 || idx === 3).toBe(true);
    }
  });

  it('a single destination ignores its weight and draws nothing', () => {
    const rng = createRng(3);
    const before = createRng(3).nextU32();
    expect(pickWeighted([0], rng)).toEqual({ index: 0, random: -1, selected: -1, total: 0 });
    expect(pickWeighted([70], rng).index).toBe(0);
    expect(rng.nextU32()).toBe(before);
  });

  it('returns -1 when every weight is 0', () => {
    expect(pickWeighted([0, 0], createRng(1)).index).toBe(-1);
  });

  it('records the random value and walks the list in order (Envoy intervals)', () => {
    const pick = pickWeighted([10, 0, 90], createRng(5));
    expect(pick.selected).toBe(pick.random % 100);
    expect(pick.index).toBe(pick.selected < 10 ? 0 : 2);
    expect([0, 9, 10, 99].map((s) => weightedIndexAt([10, 0, 90], s))).toEqual([0, 0, 2, 2]);
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 2, maxLength: 6 }), fc.nat(), (w, seed) => {
        const p = pickWeighted(w, createRng(seed));
        const total = w.reduce((a, b) => a + b, 0);
        if (total === 0) {
          expect(p.index).toBe(-1);
          return;
        }
        const begin = w.slice(0, p.index).reduce((a, b) => a + b, 0);
        expect(w[p.index]).toBeGreaterThan(0);
        expect(p.selected >= begin && p.selected < begin + w[p.index]).toBe(true);
      }),
    );
  });
});
