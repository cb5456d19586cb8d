import type { SourceRef } from '../model/source.ts';
import type { ClientMode } from '../route/outcome.ts';

/**
 * A serializable picture of what the traffic touches, one column per stage:
 * client -> proxy (sidecar / gateway / kube-proxy) -> service -> routes -> clusters (subsets) -> pods.
 * Built in the worker, drawn by the UI; ids are stable across edits that do not rename things,
 * so the graph layout does not reshuffle when a weight changes.
 */
export interface Topology {
  clients: TopoClient[];
  proxies: TopoProxy[];
  services: TopoService[];
  routes: TopoRoute[];
  clusters: TopoCluster[];
  pods: TopoPod[];
  edges: TopoEdge[];
}

export interface TopoClient {
  id: string;
  namespace: string;
  name: string;
  ip: string;
  mode: ClientMode;
  hasSidecar: boolean;
  sidecarReason: string;
  /** The Deployment or Pod document that declares it, for the sidecar toggle. */
  ref: SourceRef;
  deployment?: string;
  traffic: string[];
}

export interface TopoProxy {
  id: string;
  clientId: string;
  mode: ClientMode;
  port: number;
  /** 'VirtualService x applies', 'none: default route', 'ignored: gateway-only', 'kube-proxy: random'. */
  summary: string;
  virtualService?: { namespace: string; name: string; ref: SourceRef };
  ignored: { name: string; reason: string; ref: SourceRef }[];
}

export interface TopoService {
  id: string;
  namespace: string;
  name: string;
  host: string;
  clusterIP?: string;
  /** '8080 → 80' */
  ports: string;
  ref?: SourceRef;
  /**
   * Requests per second the Traffic objects are configured to send to it (rate × the entry's
   * share of its Traffic's weights), before any routing: how busy it is meant to be. The graph
   * ranks Services by it when a large mesh shows only some of them.
   */
  rate: number;
}

export interface TopoRoute {
  id: string;
  serviceId: string;
  virtualService: string;
  index: number;
  name?: string;
  summary: string;
  chips: string[];
  ref: SourceRef;
}

export interface TopoCluster {
  id: string;
  serviceId: string;
  /** Envoy cluster name. */
  name: string;
  subset?: string;
  labels: Record<string, string>;
  lbLabel: string;
  lbRef?: SourceRef;
  destinationRuleRef?: SourceRef;
  /** False for a subset no DestinationRule defines (503 NC). */
  defined: boolean;
  podIds: string[];
  /**
   * RING_HASH / MAGLEV clusters: each pod's share of the hash space (its ring arcs / 2^64, or
   * its Maglev table entries / M), by pod id. A request without a hash key lands by a random
   * hash, so these are its odds of reaching each pod (see expectedShares.ts).
   */
  hashSpace?: Record<string, number>;
  /** The Deployments whose pods it selects, scaled-to-zero ones included (clusterDeployments.ts). */
  deployments: TopoDeployment[];
}

/** A Deployment as written: what a replica stepper shows and edits. */
export interface TopoDeployment {
  namespace: string;
  name: string;
  /** `spec.replicas` as written (1 when absent), before the playground's pod limit. */
  replicas: number;
  /** Pod template labels. */
  labels: Record<string, string>;
}

export interface TopoPod {
  id: string;
  clusterId: string;
  namespace: string;
  name: string;
  ip: string;
  port: number;
  labels: Record<string, string>;
  ready: boolean;
  deployment?: string;
  ref: SourceRef;
}

export type TopoEdgeKind = 'client' | 'proxy' | 'route' | 'weighted' | 'default' | 'kubeProxy' | 'passthrough';

export interface TopoEdge {
  id: string;
  source: string;
  target: string;
  kind: TopoEdgeKind;
  /** Configured weight (weighted edges), for 'weight 10'. */
  weight?: number;
  /** Share of the route's traffic the weight gives (0..1). */
  share?: number;
  /** The YAML of the weight field, for the slider's minimal edit. */
  ref?: SourceRef;
  /** Path of the weight field inside its resource: ['spec','http',0,'route',1,'weight']. */
  weightPath?: (string | number)[];
}
