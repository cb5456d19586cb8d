import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';
import { PERF_MARKS, perfMark, perfMarkOnce } from './marks.ts';

type PostTask = (callback: () => void, options: { priority: 'user-blocking' }) => Promise<void>;

/**
 * Runs `fn` in the first task after the current frame is painted (called from a
 * requestAnimationFrame callback). A user-blocking scheduler task (Chromium) goes ahead of the
 * queued worker messages and timers, so a busy queue does not delay the mark past the paint.
 */
function afterPaint(fn: () => void): void {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (postTask) void postTask.call((globalThis as { scheduler?: unknown }).scheduler, fn, { priority: 'user-blocking' }).catch(() => {});
  else setTimeout(fn, 0);
}

/**
 * Renders nothing; marks `itp:graph-updated` (and the first time `itp:first-graph-paint`) when
 * the graph has drawn a new engine revision. Render it next to the graph: it re-renders in the
 * same commit as the graph's nodes for a new topology (both read the same store update), and the
 * mark waits for the next frame and the first task after its paint, so it comes after React Flow's follow-up
 * renders (store sync, node measuring) and the paint of that frame.
 */
export function GraphPaintMarks() {
  const topology = useAppStore((s) => s.engine.topology);
  const revision = useAppStore((s) => s.engine.revision);
  useEffect(() => {
    if (!topology || typeof requestAnimationFrame !== 'function') return;
    let cancelled = false;
    const frame = requestAnimationFrame(() => {
      afterPaint(() => {
        if (cancelled) return;
        const detail = { revision, pods: topology.pods.length, domNodes: document.querySelectorAll('.react-flow__node').length };
        perfMark(PERF_MARKS.graphUpdated, detail);
        perfMarkOnce(PERF_MARKS.firstGraphPaint, detail);
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [topology, revision]);
  return null;
}
