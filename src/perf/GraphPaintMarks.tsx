import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';
import { PERF_MARKS, perfMark, perfMarkOnce } from './marks.ts';

/**
 * Renders nothing; marks `itp:graph-updated` (and the first time `itp:first-graph-paint`) when
 * the graph has drawn a new engine revision. Render it next to the graph: it re-renders in the
 * same commit as the graph's nodes for a new topology (both read the same store update), and the
 * mark waits for the next frame plus one task, so it comes after React Flow's own follow-up
 * renders (store sync, node measuring) and the paint of that frame.
 */
export function GraphPaintMarks() {
  const topology = useAppStore((s) => s.engine.topology);
  const revision = useAppStore((s) => s.engine.revision);
  useEffect(() => {
    if (!topology || typeof requestAnimationFrame !== 'function') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const detail = { revision, pods: topology.pods.length, domNodes: document.querySelectorAll('.react-flow__node').length };
        perfMark(PERF_MARKS.graphUpdated, detail);
        perfMarkOnce(PERF_MARKS.firstGraphPaint, detail);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [topology, revision]);
  return null;
}
