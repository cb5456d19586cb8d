/**
 * User Timing marks for the browser performance spec (e2e/perf/perf.spec.ts, bench/README.md
 * "Browser"). They cost a few hundred nanoseconds, appear in the DevTools Performance panel and
 * are read with `performance.getEntriesByName(...)`. One mark per committed text and per graph
 * revision (never per stats tick or keystroke), so the timeline grows by a few entries per edit.
 */
export const PERF_MARKS = {
  /** The committed YAML changed (an edit after the commit delay, or a load). Detail: { bytes }. */
  edit: 'itp:edit',
  /** The graph shows a new engine revision (after the frame that draws it). Detail: { revision, pods, domNodes }. */
  graphUpdated: 'itp:graph-updated',
  /** The first graph-updated mark of the page. */
  firstGraphPaint: 'itp:first-graph-paint',
  /** Monaco is mounted and shows the text. */
  monacoReady: 'itp:monaco-ready',
} as const;

/** performance.mark that never throws (no User Timing, or a detail that cannot be cloned). */
export function perfMark(name: string, detail?: Record<string, number>): void {
  try {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, detail ? { detail } : undefined);
  } catch {
    // Measuring must never break the app.
  }
}

/** Marks `name` only the first time it is called for that name. */
const once = new Set<string>();
export function perfMarkOnce(name: string, detail?: Record<string, number>): void {
  if (once.has(name)) return;
  once.add(name);
  perfMark(name, detail);
}
