import { useMemo } from 'react';
import type { GraphNode } from '../model/graphTypes.ts';
import { firstLaneNodes } from './lodFocus.ts';
import type { Topology } from '../../../engine/topology/types.ts';
import { useAppStore } from '../../../state/store.ts';
import { reduceTopology, type LodView, type ReducedGraph } from './graphLod.ts';

let last: { topology: Topology; view: LodView; graph: ReducedGraph } | null = null;

/** `reduceTopology`, computed once per topology and view however many components ask. */
export function reducedGraphOf(topology: Topology, view: LodView): ReducedGraph {
  if (last?.topology !== topology || last.view !== view) last = { topology, view, graph: reduceTopology(topology, view) };
  return last.graph;
}

/** What the graph draws of the engine's topology (null before the first load). Not per stats tick. */
export function useReducedGraph(): ReducedGraph | null {
  const topology = useAppStore((s) => s.engine.topology);
  const view = useAppStore((s) => s.view.graphLod);
  return useMemo(() => (topology ? reducedGraphOf(topology, view) : null), [topology, view]);
}

/** A large mesh: the nodes to fit into view (its first lane); undefined: fit everything. Same array while they stay. */
export function useLodFocus(nodes: readonly GraphNode[]): string[] | undefined {
  const graph = useReducedGraph();
  const lod = !!graph && (graph.podLod || !!graph.more);
  const ids = lod ? firstLaneNodes(nodes) : undefined;
  const key = ids?.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `ids`
  return useMemo(() => ids, [key]);
}
