import { useMemo } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { layoutTopology } from './layout/layoutTopology.ts';
import { buildGraphElements } from './model/buildGraphElements.ts';
import type { GraphElements } from './model/graphTypes.ts';

/**
 * The React Flow nodes and edges for the engine's topology and live stats: derived, never
 * stored. The layout is recomputed only when the topology changes, not on stats ticks.
 */
export function useGraphElements(): GraphElements | null {
  const topology = useAppStore((s) => s.engine.topology);
  const live = useAppStore((s) => s.engine.live);
  const selected = useAppStore((s) => s.view.selectedElement);
  const theme = useResolvedTheme();
  const layout = useMemo(() => (topology ? layoutTopology(topology) : null), [topology]);
  return useMemo(() => {
    if (!topology || !layout) return null;
    const elements = buildGraphElements(topology, live, theme, layout);
    return selected ? { ...elements, nodes: elements.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n)) } : elements;
  }, [topology, live, theme, layout, selected]);
}
