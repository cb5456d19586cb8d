import { useMemo } from 'react';
import { useAppStore } from '../../../state/store.ts';
import { deploymentsForLabels, readDeployments, type DeploymentInfo } from '../yamlEdits/readDeployments.ts';

let cache: { text: string; deployments: DeploymentInfo[] } = { text: '', deployments: [] };

/** Deployments of the committed text, parsed once per text however many boxes ask. */
function deploymentsOf(text: string): DeploymentInfo[] {
  if (cache.text !== text) cache = { text, deployments: readDeployments(text) };
  return cache.deployments;
}

/** The Deployments whose pods a subset box selects (for its replica steppers). */
export function useSubsetDeployments(namespace: string, labels: Record<string, string>): DeploymentInfo[] {
  const text = useAppStore((s) => s.scenario.committedYaml);
  const key = JSON.stringify(labels);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `labels`
  return useMemo(() => deploymentsForLabels(deploymentsOf(text), namespace, labels), [text, namespace, key]);
}
