import { describe, expect, it } from 'vitest';
import { createLeastRequestPicker } from './leastRequest.ts';
import { createRng } from './rng.ts';

describe('createLeastRequestPicker (P2C)', () => {
  it('is uniform when every host is idle', () => {
    const p = createLeastRequestPicker(4, createRng(11));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40000; i++) counts[p.pick()]++;
    for (const c of counts) expect(Math.abs(c / 40000 - 0.25)).toBeLessThan(0.015);
  });

  it('prefers the less loaded of two samples', () => {
    // Host 0 is busy: it wins only when both samples are host 0 (probability 1/9 for 3 hosts).
    const p = createLeastRequestPicker(3, createRng(5));
    const active = [5, 0, 0];
    let zero = 0;
    for (let i = 0; i < 45000; i++) if (p.pick(active) === 0) zero++;
    expect(Math.abs(zero / 45000 - 1 / 9)).toBeLessThan(0.01);
  });

  it('keeps the first sample on ties and draws the same numbers with or without counts', () => {
    const a = createLeastRequestPicker(5, createRng(8));
    const b = createLeastRequestPicker(5, createRng(8));
    for (let i = 0; i < 100; i++) expect(a.pick()).toBe(b.pick([0, 0, 0, 0, 0]));
  });

  it('handles 0 and 1 hosts', () => {
    expect(createLeastRequestPicker(0, createRng(1)).pick()).toBe(-1);
    expect(createLeastRequestPicker(1, createRng(1)).pick()).toBe(0);
  });
});
