import { useMemo } from 'react';
import type { TopoCluster } from '../../../engine/topology/types.ts';
import { useAppStore } from '../../../state/store.ts';
import { useLazyModule } from '../../lazy/useLazyModule.ts';
import { graphYaml } from '../yamlEdits/graphYaml.ts';
import { deploymentsForCluster, type DeploymentInfo, type Workloads } from '../yamlEdits/workloads.ts';

type ReadWorkloads = (text: string) => Workloads;

let cache: { text: string; workloads: Workloads } = { text: '', workloads: { deployments: [], services: [] } };

/** Deployments and Services of the committed text, parsed once per text however many boxes ask. */
function workloadsOf(text: string, read: ReadWorkloads): Workloads {
  if (cache.text !== text) cache = { text, workloads: read(text) };
  return cache.workloads;
}

const NONE: DeploymentInfo[] = [];

/**
 * The Deployments whose pods a subset box holds (for its replica steppers), scaled-to-zero ones
 * included. None until the graph's YAML tools have loaded (TrafficGraph starts that on mount).
 */
export function useSubsetDeployments(cluster: Pick<TopoCluster, 'name' | 'labels'>, namespace: string): DeploymentInfo[] {
  const text = useAppStore((s) => s.scenario.committedYaml);
  const read = useLazyModule(graphYaml)?.readWorkloads;
  const key = JSON.stringify(cluster.labels);
  return useMemo(
    () => (read ? deploymentsForCluster(workloadsOf(text, read), cluster.name, namespace, cluster.labels) : NONE),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `cluster.labels`
    [read, text, cluster.name, namespace, key],
  );
}
