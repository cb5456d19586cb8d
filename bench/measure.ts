/** Timing and memory helpers: tinybench for latency statistics, a forced GC for heap figures. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Bench } from 'tinybench';

export interface Timing {
  /** Median time of one call, ms. */
  medianMs: number;
  meanMs: number;
  /** Relative margin of error of the mean, %. */
  rme: number;
  samples: number;
}

/**
 * The clock every figure is measured with. 'cpu' (default) is this process's CPU time
 * (process.cpuUsage, user + system): on a shared machine other processes stretch wall-clock
 * time but not the CPU time the benchmark itself uses, so the figures vary much less. It also
 * counts V8's helper threads (parallel GC), so on an idle machine it can read slightly slower
 * than 'wall' (performance.now).
 */
export type Clock = 'cpu' | 'wall';
let clock: Clock = 'cpu';
export const setClock = (c: Clock): void => {
  clock = c;
};
export const getClock = (): Clock => clock;
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs `fn` repeatedly (after a warm-up) for about `timeMs` and returns its latency statistics. */
export function time(fn: () => unknown, timeMs: number, minIterations = 5): Timing {
  const bench = new Bench({
    time: timeMs,
    iterations: minIterations,
    warmup: true,
    warmupTime: Math.min(250, timeMs / 2),
    warmupIterations: 2,
    throws: true,
    now: clock === 'cpu' ? cpuNow : () => performance.now(),
  });
  bench.add('task', fn);
  const [task] = bench.runSync();
  const r = task.result;
  if (!('latency' in r)) throw new Error(`benchmark task did not complete (${r.state})`);
  return { medianMs: r.latency.p50, meanMs: r.latency.mean, rme: r.latency.rme, samples: r.latency.samplesCount ?? 0 };
}

/**
 * A full garbage collection. `node --expose-gc` (or NODE_OPTIONS=--expose-gc) provides
 * globalThis.gc; otherwise the flag is switched on at run time and gc is taken from a fresh
 * context, which works on Node 20+.
 */
export const collectGarbage: () => void = (() => {
  // V8 drops the bytecode of functions idle for a few GCs; freeing code mid-measurement
  // would show up as negative heap growth for small scenarios.
  setFlagsFromString('--no-flush-bytecode');
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** Heap bytes retained by what `build` returns (measured after full GCs, result kept alive). */
export function retainedHeap<T>(build: () => T): { value: T; bytes: number } {
  collectGarbage();
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const value = build();
  collectGarbage();
  collectGarbage();
  return { value, bytes: process.memoryUsage().heapUsed - before };
}

/** Heap growth caused by `work` on an object kept alive by the caller. */
export function heapGrowth(work: () => void): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  work();
  collectGarbage();
  return process.memoryUsage().heapUsed - before;
}
