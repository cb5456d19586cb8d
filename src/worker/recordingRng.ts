/**
 * Rng wrappers that make a live request replayable: the recording one notes every 32-bit draw
 * the router makes for a request; the replaying one feeds the same draws back, so routing the
 * same request again (with a TraceSink this time) takes the same weighted pick and the same pod.
 * Every derived draw (float, int, u53) is computed from nextU32 here, so the recorded u32s fully
 * determine the outcome. fork() does not depend on draws, so it goes to the base generator.
 */
import type { Rng } from '../engine/route/lb/index.ts';

const TWO32 = 4294967296;
const INV_TWO32 = 1 / TWO32;
const TWO53 = 9007199254740992;

abstract class DerivedRng implements Rng {
  constructor(protected readonly base: Rng) {}
  abstract nextU32(): number;
  nextFloat(): number {
    return this.nextU32() * INV_TWO32;
  }
  nextInt(n: number): number {
    if (n <= 65536) return Math.floor(this.nextU32() * n * INV_TWO32);
    const limit = TWO53 - (TWO53 % n);
    for (;;) {
      const x = this.nextU53();
      if (x < limit) return x % n;
    }
  }
  nextU53(): number {
    const hi = this.nextU32() >>> 11;
    return hi * TWO32 + this.nextU32();
  }
  fork(label: string | number): Rng {
    return this.base.fork(label);
  }
}

export class RecordingRng extends DerivedRng {
  /** Draws since the last `startRecording()`, or null when not recording. */
  private tape: number[] | null = null;

  nextU32(): number {
    const v = this.base.nextU32();
    this.tape?.push(v);
    return v;
  }

  startRecording(): void {
    this.tape = [];
  }

  /** The draws since startRecording (the caller keeps the array). */
  stopRecording(): number[] {
    const t = this.tape ?? [];
    this.tape = null;
    return t;
  }
}

export class ReplayRng extends DerivedRng {
  private i = 0;
  /** `fallback` serves draws past the end of the tape (e.g. a load balancer created on replay). */
  constructor(base: Rng, private readonly tape: readonly number[], private readonly fallback: Rng) {
    super(base);
  }
  nextU32(): number {
    return this.i < this.tape.length ? this.tape[this.i++] : this.fallback.nextU32();
  }
}
