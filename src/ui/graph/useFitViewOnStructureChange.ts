import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { GraphNode } from './model/graphTypes.ts';

/** Room at the top for the transport toolbar, a little elsewhere. */
export const FIT_VIEW_OPTIONS = {
  padding: { top: '52px', right: '14px', bottom: '14px', left: '14px' },
  maxZoom: 1.1,
  minZoom: 0.2,
} as const;

/**
 * Fits the graph into view on first load and whenever the set of node ids changes (a scenario
 * switch, a new route, a scaled Deployment), but not on stats ticks or weight changes, so a
 * user's pan and zoom survive ordinary edits.
 */
export function useFitViewOnStructureChange(nodes: readonly GraphNode[]): void {
  const { fitView } = useReactFlow();
  const key = nodes.map((n) => n.id).join('\n');
  const first = useRef(true);
  useEffect(() => {
    if (!key) return;
    void fitView({ ...FIT_VIEW_OPTIONS, duration: first.current ? 0 : 250 });
    first.current = false;
  }, [key, fitView]);
}
