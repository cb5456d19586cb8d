import type { TopoClient, TopoEdge } from '../../../engine/topology/types.ts';
import { endUndoGroup, type UndoGroup } from '../../../state/editorBridge.ts';
import { lazyModule } from '../../lazy/lazyModule.ts';
import type { GraphNode } from '../model/graphTypes.ts';

/**
 * The graph's YAML tools (graphYamlTools.ts) with the `yaml` parser, ~30 KB gzip, out of the
 * entry chunk, loaded on idle after the first graph paint (main.tsx); the gestures below run
 * synchronously once it is, and wait for it (in order) before.
 */
export const graphYaml = lazyModule(() => import('./graphYamlTools.ts'));

export function toggleSidecarInjection(client: Pick<TopoClient, 'ref' | 'hasSidecar'>): void {
  graphYaml.run((tools) => tools.toggleSidecarInjection(client));
}

/** Writes the weight; the writes of one gesture (`undoGroup`) undo as one step. */
export function setRouteWeight(edge: Pick<TopoEdge, 'ref' | 'weightPath'>, weight: number, undoGroup?: UndoGroup): void {
  graphYaml.run((tools) => tools.setRouteWeight(edge, weight, undoGroup));
}

/** The gesture is over: closes its undo step after any of its writes still waiting for the chunk. */
export function endEditGesture(undoGroup: UndoGroup): void {
  if (graphYaml.current()) endUndoGroup(undoGroup);
  else graphYaml.load().then(() => endUndoGroup(undoGroup), () => {});
}

export function scaleDeployment(deployment: { namespace: string; name: string }, delta: number): void {
  graphYaml.run((tools) => tools.scaleDeployment(deployment, delta));
}

/** Scrolls the editor to the node's YAML and highlights it (no focus change). */
export function revealNodeInEditor(node: GraphNode): void {
  graphYaml.run((tools) => tools.revealNodeInEditor(node));
}
