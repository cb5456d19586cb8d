import { describe, expect, it } from 'vitest';
import { createRoundRobinPicker } from './roundRobin.ts';
import { createRng } from './rng.ts';

describe('createRoundRobinPicker', () => {
  it('cycles through every host from a seeded random start', () => {
    const p = createRoundRobinPicker(4, createRng(3));
    const first = p.pick();
    const seq = [first, p.pick(), p.pick(), p.pick(), p.pick()];
    expect(seq).toEqual([0, 1, 2, 3, 4].map((k) => (first + k) % 4));
    const starts = new Set(Array.from({ length: 40 }, (_, s) => createRoundRobinPicker(4, createRng(s)).pick()));
    expect(starts.size).toBe(4); // Envoy seeds the index with random(), not 0
  });

  it('keeps counting when the host count changes (Envoy keeps its rr index)', () => {
    const rng = createRng(1);
    const start = createRng(1).nextU32();
    const p = createRoundRobinPicker(3, rng);
    for (let i = 0; i < 5; i++) p.pick();
    p.setHostCount(4);
    expect(p.pick()).toBe((start + 5) % 4);
    expect(p.hostCount).toBe(4);
    p.setHostCount(0);
    expect(p.pick()).toBe(-1);
  });
});
