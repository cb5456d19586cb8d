import { describe, expect, it } from 'vitest';
import { FAIL_HOLD_MS, motionAt, planMotion, STAGE_MS } from './particleMotion.ts';

describe('particle motion', () => {
  it('takes one stage per STAGE_MS / speed', () => {
    const m = planMotion(6, 2, 0, false);
    expect(m.segments).toEqual([125, 125, 125, 125, 125]);
    expect(motionAt(m, 130)).toMatchObject({ segment: 1, arrived: false });
    expect(motionAt(m, 10_000)).toMatchObject({ arrived: true, hold: 1 });
  });

  it('a fault delay slows the segment that carries it', () => {
    const m = planMotion(6, 1, 2000, false, 3);
    expect(m.segments[3]).toBe(STAGE_MS + 2000);
    expect(planMotion(6, 1, 60_000, false).segments[4]).toBe(STAGE_MS + 3000);
  });

  it('a failed dot holds at its last stage', () => {
    const m = planMotion(4, 1, 0, true);
    expect(m.lifetime - m.travel).toBe(FAIL_HOLD_MS);
    expect(motionAt(m, m.travel + FAIL_HOLD_MS / 2)).toMatchObject({ arrived: true, segment: 3, hold: 0.5 });
  });
});
