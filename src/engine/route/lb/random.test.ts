import { describe, expect, it } from 'vitest';
import { createRandomPicker } from './random.ts';
import { createRng } from './rng.ts';

describe('createRandomPicker', () => {
  it('is uniform, reproducible, and -1 without hosts', () => {
    const p = createRandomPicker(3, createRng(4));
    const q = createRandomPicker(3, createRng(4));
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) {
      const k = p.pick();
      expect(q.pick()).toBe(k);
      counts[k]++;
    }
    for (const c of counts) expect(Math.abs(c / 30000 - 1 / 3)).toBeLessThan(0.015);
    expect(createRandomPicker(0, createRng(4)).pick()).toBe(-1);
  });
});
