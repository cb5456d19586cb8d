import type { CompiledMesh } from '../compile/compileMesh.ts';
import { createRng } from '../route/lb/index.ts';
import { routeRequest } from '../route/routeRequest.ts';
import type { Decision } from '../route/outcome.ts';
import { createRequestStream, type RequestStream } from './requestStream.ts';

export interface PodCount {
  namespace: string;
  name: string;
  ip: string;
  labels: Record<string, string>;
  count: number;
}

/** The CLI's simulate JSON (DESIGN.md headless contract). */
export interface SimulationResult {
  total: number;
  status: Record<string, number>;
  pods: PodCount[];
  clusters: Record<string, number>;
}

/**
 * Runs `requests` requests from the scenario's Traffic objects with one seeded PRNG:
 * the same seed gives the same result, also when the same compiled mesh is simulated again
 * (load-balancer state — round-robin positions, IPVS counters — is reset first).
 * `onDecision` sees every decision (tests, streaming).
 */
export function simulate(
  mesh: CompiledMesh,
  opts: { requests: number; seed: number; stream?: RequestStream; onDecision?: (d: Decision) => void },
): SimulationResult {
  resetLoadBalancers(mesh);
  const stream = opts.stream ?? createRequestStream(mesh.index.model);
  const rng = createRng(opts.seed);
  const pods = mesh.index.model.pods;
  const podIndex = new Map(pods.map((p, i) => [p, i]));
  const podCounts = new Array<number>(pods.length).fill(0);
  const status: Record<string, number> = {};
  const clusters: Record<string, number> = {};
  let total = 0;
  for (let i = 0; i < opts.requests; i++) {
    const next = stream.next(rng);
    if (!next) break;
    const d = routeRequest(mesh, next.template.client, next.request, rng);
    total++;
    status[d.status] = (status[d.status] ?? 0) + 1;
    if (d.cluster) clusters[d.cluster] = (clusters[d.cluster] ?? 0) + 1;
    if (d.pod) podCounts[podIndex.get(d.pod)!]++;
    opts.onDecision?.(d);
  }
  return {
    total,
    status,
    pods: pods.map((p, i) => ({ namespace: p.namespace, name: p.name, ip: p.ip, labels: p.labels, count: podCounts[i] })),
    clusters,
  };
}

/** Forgets every cluster's load-balancer state and the kube-proxy IPVS counters. */
export function resetLoadBalancers(mesh: CompiledMesh): void {
  for (const view of mesh.views.values()) for (const cluster of view.clusters.values()) cluster.lb = undefined;
  mesh.kubeProxyCounters.clear();
}
