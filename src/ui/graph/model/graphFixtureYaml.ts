/**
 * Scenario texts for the graph's tests (unit and e2e; imports nothing but the scenarios): the
 * built-in examples and a bigger one, 3 subsets × 5 pods.
 */
import { scenarios } from '../../../scenarios/index.ts';

export function scenarioYaml(id: string): string {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s.yaml;
}

const v3Deployment = `---
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: infra-jinsu-lab
  name: httpping-without-sidecar-v3
spec:
  replicas: 5
  selector:
    matchLabels:
      app: httpping-without-sidecar
      version: v3
  template:
    metadata:
      labels:
        app: httpping-without-sidecar
        version: v3
    spec:
      containers:
        - name: httpping
          image: httpping:latest
          ports:
            - containerPort: 80
`;

/** The seed with a third subset and five pods per subset (a 10/60/30 split). */
export function threeSubsetsFivePodsYaml(): string {
  return scenarioYaml('seed')
    .replace(/replicas: 3/g, 'replicas: 5')
    .replace(
      '  - name: v2\n    labels:\n      app: httpping-without-sidecar\n      version: v2\n',
      '  - name: v2\n    labels:\n      app: httpping-without-sidecar\n      version: v2\n  - name: v3\n    labels:\n      app: httpping-without-sidecar\n      version: v3\n',
    )
    .replace(
      '      weight: 90\n',
      '      weight: 60\n    - destination:\n        host: httpping-without-sidecar\n        subset: v3\n        port:\n          number: 8080\n      weight: 30\n',
    ) + v3Deployment;
}
