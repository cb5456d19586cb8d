import { useMemo, useRef } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { layoutTopology } from './layout/layoutTopology.ts';
import { reuseUnchanged } from './lod/reuseUnchanged.ts';
import { useReducedGraph } from './lod/useReducedGraph.ts';
import { buildGraphElements } from './model/buildGraphElements.ts';
import type { GraphElements } from './model/graphTypes.ts';

/**
 * The React Flow nodes and edges for the engine's topology and live stats: derived, never
 * stored. What is drawn (a large mesh's level of detail) and the layout are recomputed only when
 * the topology or the expanded boxes change, not on stats ticks; a tick rebuilds the drawn
 * elements only and keeps the objects of those whose numbers did not change.
 */
export function useGraphElements(): GraphElements | null {
  const graph = useReducedGraph();
  const live = useAppStore((s) => s.engine.live);
  const selected = useAppStore((s) => s.view.selectedElement);
  const theme = useResolvedTheme();
  const previous = useRef<GraphElements | null>(null);
  const layout = useMemo(() => (graph ? layoutTopology(graph.topology, graph.podLod ? { lod: { expanded: graph.expanded } } : {}) : null), [graph]);
  return useMemo(() => {
    if (!graph || !layout) return null;
    const built = buildGraphElements(graph.topology, live, theme, layout, graph);
    // A selected element that is not drawn (a pod of a summarised box): its box is shown selected.
    const shown = selected && (graph.nodeAlias.get(selected) ?? selected);
    const nodes = shown ? built.nodes.map((n) => (n.id === shown ? { ...n, selected: true } : n)) : built.nodes;
    const next = { nodes: reuseUnchanged(previous.current?.nodes, nodes), edges: reuseUnchanged(previous.current?.edges, built.edges) };
    const result = next.nodes === previous.current?.nodes && next.edges === previous.current.edges ? previous.current : next;
    previous.current = result;
    return result;
  }, [graph, layout, live, theme, selected]);
}
