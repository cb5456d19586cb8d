import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { GraphNode } from './model/graphTypes.ts';

/**
 * A little room around the graph (the toolbar and the legend sit outside the canvas). Up to
 * 120 %: a small graph grows instead of floating in the middle of the panel.
 */
export const FIT_VIEW_OPTIONS = {
  // A failure badge sits astride a node's top edge: a little more room at the top.
  padding: { top: '14px', right: '10px', bottom: '10px', left: '10px' },
  maxZoom: 1.2,
  minZoom: 0.2,
} as const;

/** What to fit: every node, or only these (a large mesh: the first lane, see lod/lodFocus.ts). */
function fitOptions(focus: readonly string[] | undefined) {
  return focus?.length ? { ...FIT_VIEW_OPTIONS, nodes: focus.map((id) => ({ id })) } : FIT_VIEW_OPTIONS;
}

/**
 * Fits the graph into view on first load and whenever the set of node ids changes (a scenario
 * switch, a new route, a scaled Deployment), but not on stats ticks or weight changes, so a
 * user's pan and zoom survive ordinary edits. With `focus` (a large mesh) it fits those nodes,
 * and only when they change: expanding a box or showing more Services leaves the view alone.
 */
export function useFitViewOnStructureChange(nodes: readonly GraphNode[], focus?: readonly string[]): void {
  const { fitView } = useReactFlow();
  const key = (focus ?? nodes.map((n) => n.id)).join('\n');
  const first = useRef(true);
  const options = useRef(fitOptions(focus));
  options.current = fitOptions(focus);
  useEffect(() => {
    if (!key) return;
    void fitView({ ...options.current, duration: first.current ? 0 : 250 });
    first.current = false;
  }, [key, fitView]);
}

/**
 * Fits again when the canvas changes size by more than a few pixels (splitter drag, window
 * resize), debounced: the graph keeps filling the panel.
 */
export function useFitViewOnResize(target: React.RefObject<HTMLElement | null>, focus?: readonly string[]): void {
  const { fitView } = useReactFlow();
  const options = useRef(fitOptions(focus));
  options.current = fitOptions(focus);
  useEffect(() => {
    const element = target.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last = { width: element.clientWidth, height: element.clientHeight };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      const now = { width: element.clientWidth, height: element.clientHeight };
      if (Math.abs(now.width - last.width) < 8 && Math.abs(now.height - last.height) < 8) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => void fitView(options.current), 150);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [target, fitView]);
}
