import { describe, expect, it } from 'vitest';
import { loadScenario } from '../loadScenario.ts';
import { seedYaml } from '../../scenarios/seed.ts';
import { describeTopology } from './describeTopology.ts';

const otherApp = `---
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: infra-jinsu-lab
  name: other-v1
spec:
  template:
    metadata:
      labels:
        app: other
        version: v1
`;

function deploymentsBySubset(yaml: string): Record<string, [string, number][]> {
  const topology = describeTopology(loadScenario(yaml));
  return Object.fromEntries(topology.clusters.map((c) => [c.subset ?? '(all)', c.deployments.map((d) => [d.name, d.replicas] as [string, number])]));
}

describe('the Deployments behind a cluster (replica steppers)', () => {
  it("a subset holds the Deployments its Service's selector plus the subset labels select; another app with the same version label stays out", () => {
    expect(deploymentsBySubset(seedYaml + otherApp)).toEqual({
      v1: [['httpping-without-sidecar-v1', 3]],
      v2: [['httpping-without-sidecar-v2', 3]],
    });
  });

  it('a Deployment scaled to zero has no pods but is still listed, so it can be scaled back up', () => {
    const zero = seedYaml.replace(/(name: httpping-without-sidecar-v1[\s\S]*?replicas: )3/, '$10');
    expect(zero).not.toBe(seedYaml);
    const topology = describeTopology(loadScenario(zero));
    const v1 = topology.clusters.find((c) => c.subset === 'v1')!;
    expect(v1.podIds).toEqual([]);
    expect(v1.deployments.map((d) => [d.name, d.replicas])).toEqual([['httpping-without-sidecar-v1', 0]]);
  });

  it('replicas as written, before the pod limit; absent means 1', () => {
    const many = seedYaml.replace(/(name: httpping-without-sidecar-v2[\s\S]*?replicas: )3/, '$12000');
    expect(deploymentsBySubset(many).v2).toEqual([['httpping-without-sidecar-v2', 2000]]);
    const absent = seedYaml.replace(/(name: httpping-without-sidecar-v2[\s\S]*?)  replicas: 3\n/, '$1');
    expect(deploymentsBySubset(absent).v2).toEqual([['httpping-without-sidecar-v2', 1]]);
  });
});
