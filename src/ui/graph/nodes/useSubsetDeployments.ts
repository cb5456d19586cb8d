import type { TopoCluster, TopoDeployment } from '../../../engine/topology/types.ts';

/**
 * The Deployments whose pods a subset box holds (for its replica steppers), scaled-to-zero ones
 * included. The engine's topology carries them (clusterDeployments.ts), so the steppers are in
 * the first graph without the yaml parser, which only a click on them needs.
 */
export function useSubsetDeployments(cluster: Pick<TopoCluster, 'deployments'>): readonly TopoDeployment[] {
  return cluster.deployments;
}
