/**
 * Where a dot is at a given moment: it visits its path's node centres one stage at a time.
 * Pure, so the timing rules are testable without a canvas.
 */

/** Wall-clock time for one stage (client -> proxy, proxy -> service, ...) at speed 1. */
export const STAGE_MS = 250;
/** A fault delay slows the dot, but never holds it longer than this (wall ms at speed 1). */
export const MAX_VISIBLE_DELAY_MS = 3000;
/** How long a failed dot stays at its last stage with ✕ and the code. */
export const FAIL_HOLD_MS = 900;
/** A successful dot fades out over this long at its pod. */
export const FADE_MS = 180;

export interface Motion {
  /** Duration of each segment between consecutive nodes, ms. */
  segments: number[];
  /** Travel time (sum of segments). */
  travel: number;
  /** Travel time plus the end hold (fade or failure marker). */
  lifetime: number;
}

/**
 * `delaySegment` is the index of the segment that carries a fault delay (the one leaving the
 * route node; -1 puts it on the last segment).
 */
export function planMotion(stops: number, speed: number, delayMs: number, failed: boolean, delaySegment = -1): Motion {
  const s = speed > 0 ? speed : 1;
  const n = Math.max(0, stops - 1);
  const segments = new Array<number>(n).fill(STAGE_MS / s);
  if (delayMs > 0 && n > 0) {
    const i = delaySegment >= 0 && delaySegment < n ? delaySegment : n - 1;
    segments[i] += Math.min(delayMs, MAX_VISIBLE_DELAY_MS) / s;
  }
  const travel = segments.reduce((a, b) => a + b, 0);
  return { segments, travel, lifetime: travel + (failed ? FAIL_HOLD_MS : FADE_MS) };
}

export interface MotionState {
  /** Segment index (n = arrived). */
  segment: number;
  /** Progress inside the segment, 0..1 (eased). */
  t: number;
  arrived: boolean;
  /** 0..1 after arrival: how far through the end hold. */
  hold: number;
}

export function motionAt(m: Motion, elapsed: number): MotionState {
  let rest = elapsed;
  for (let i = 0; i < m.segments.length; i++) {
    if (rest < m.segments[i]) return { segment: i, t: ease(rest / m.segments[i]), arrived: false, hold: 0 };
    rest -= m.segments[i];
  }
  const holdLen = m.lifetime - m.travel;
  return { segment: m.segments.length, t: 1, arrived: true, hold: holdLen > 0 ? Math.min(1, rest / holdLen) : 1 };
}

/** Gentle ease-in-out so dots visibly pause at each stage's node. */
function ease(x: number): number {
  return x < 0.5 ? 2 * x * x : 1 - (-2 * x + 2) ** 2 / 2;
}
