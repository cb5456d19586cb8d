/**
 * A serializable picture of one consistent-hash cluster for the Hash view: the algorithm and
 * table size, each pod's share of the hash space, the table as coloured arcs, and where each
 * key value lands (hash, position, pod). Pure: built in the worker, drawn by the UI.
 */
import type { LoadedScenario } from '../loadScenario.ts';
import { getClientView, getCluster } from '../compile/compileMesh.ts';
import type { Cluster } from '../compile/types.ts';
import { u64ToHex } from '../route/lb/index.ts';
import { hashKeyValues, type HashKeyValue } from './hashKeyValues.ts';
import { hashArcs, hashLayoutOf, hashShares, landHash, layoutSize, type HashAlgorithm, type HashArc, type HashLayout } from './hashLayout.ts';
import { podId } from './ids.ts';

export interface HashEndpoint {
  /** Topology pod id (`pod:<cluster>:<ns>/<name>`). */
  podId: string;
  name: string;
  /** Envoy's host key, 'ip:port'. */
  address: string;
  /** Fraction of the hash space (all shares sum to 1). */
  share: number;
  /** Ring points, or Maglev table entries, it owns. */
  count: number;
}

export interface KeyPlacement {
  label: string;
  source: HashKeyValue['source'];
  /** The 64-bit hash in decimal and as 16 hex digits. */
  hash: string;
  hex: string;
  /** Ring: hash / 2^64. Maglev: slot / M. */
  position: number;
  /** Ring: index of the point it maps to. Maglev: the slot, hash % M. */
  index: number;
  /** Endpoint index, -1 when the cluster has no endpoints. */
  endpoint: number;
  podId: string;
  podName: string;
}

export interface HashSpace {
  clusterId: string;
  clusterName: string;
  algorithm: HashAlgorithm;
  /** 'RING_HASH on header foo'. */
  policyLabel: string;
  /** Ring: points on the ring. Maglev: table size M. */
  size: number;
  /** Ring: minimum ring size asked for (Istio default 1024). */
  minRingSize?: number;
  endpoints: HashEndpoint[];
  /** The table over [0, 1), downsampled (see hashArcs); owner = index into `endpoints`. */
  arcs: HashArc[];
  keys: KeyPlacement[];
}

export interface DescribeHashSpaceOptions {
  /** Key labels seen live on this cluster ('foo: bar'), drawn after the Traffic's own. */
  liveLabels?: readonly string[];
  maxArcs?: number;
}

/** The cluster behind a topology cluster id, as the first Traffic client that sees it hashing. */
export function findHashCluster(loaded: LoadedScenario, clusterId: string): Cluster | undefined {
  const name = clusterId.startsWith('cluster:') ? clusterId.slice('cluster:'.length) : clusterId;
  let fallback: Cluster | undefined;
  for (const t of loaded.stream.templates) {
    const view = getClientView(loaded.mesh, t.client);
    if (view.mode === 'kube-proxy') continue; // no Envoy: no hashing
    const c = getCluster(loaded.mesh, view, name);
    if (c && hashLayoutOf(c)) return c;
    fallback ??= c;
  }
  return fallback && hashLayoutOf(fallback) ? fallback : undefined;
}

/** Undefined when the cluster does not exist or does not use RING_HASH / MAGLEV. */
export function describeHashSpace(loaded: LoadedScenario, clusterId: string, options: DescribeHashSpaceOptions = {}): HashSpace | undefined {
  const cluster = findHashCluster(loaded, clusterId);
  const layout = cluster && hashLayoutOf(cluster);
  if (!cluster || !layout) return undefined;
  const counts = layout.ring ? layout.ring.pointsPerHost : layout.maglev!.entriesPerHost;
  const shares = hashShares(layout);
  const endpoints = cluster.endpoints.map((e, i): HashEndpoint => ({
    podId: podId(cluster.name, e.pod.namespace, e.pod.name),
    name: e.pod.name,
    address: e.address,
    share: shares[i],
    count: counts[i],
  }));
  return {
    clusterId: `cluster:${cluster.name}`,
    clusterName: cluster.name,
    algorithm: layout.algorithm,
    policyLabel: cluster.policy.label,
    size: layoutSize(layout),
    minRingSize: layout.ring ? cluster.policy.ringSize ?? 1024 : undefined,
    endpoints,
    arcs: hashArcs(layout, options.maxArcs),
    keys: placeKeys(layout, endpoints, hashKeyValues(loaded, cluster, options.liveLabels)),
  };
}

/** Where each key lands on `layout`. */
export function placeKeys(layout: HashLayout, endpoints: readonly Pick<HashEndpoint, 'podId' | 'name'>[], keys: readonly HashKeyValue[]): KeyPlacement[] {
  return keys.map((k) => {
    const at = landHash(layout, k.hash);
    const ep = endpoints[at.owner];
    return {
      label: k.label,
      source: k.source,
      hash: k.hash.toString(),
      hex: u64ToHex(k.hash),
      position: at.position,
      index: at.index,
      endpoint: at.owner,
      podId: ep?.podId ?? '',
      podName: ep?.name ?? '',
    };
  });
}
