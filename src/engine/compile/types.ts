import type { DestinationRule, Pod, Service, VirtualService } from '../model/mesh.ts';
import type { HTTPRoute, TrafficPolicy } from '../model/istio.ts';
import type { CompiledRouteMatches } from '../route/match/index.ts';
import type { SourceRef } from '../model/source.ts';
import type { ClientMode } from '../route/outcome.ts';


export interface WeightedDestination {
  /** Envoy cluster name outbound|port|subset|fqdn. */
  clusterName: string;
  host: string;
  subset?: string;
  port: number;
  weight: number;
  ref: SourceRef;
}

export interface CompiledFault {
  delayMs: number;
  delayPercent: number;
  abortStatus: number;
  abortPercent: number;
}

/** One HTTP route of a VirtualService as a given client sees it (rule 6 already applied). */
export interface CompiledRoute {
  /** Index in the VirtualService's spec.http list. */
  index: number;
  name?: string;
  spec: HTTPRoute;
  match: CompiledRouteMatches;
  /** Short human form of the match (`uri prefix /`, `headers end-user = jason`). */
  matchSummary: string;
  /** True when rule 6 turned this route into a catch-all for this client. */
  catchAllForClient: boolean;
  destinations: WeightedDestination[];
  /** Precomputed for the weighted pick: running sums of positive weights. */
  cumulativeWeights: number[];
  totalWeight: number;
  fault?: CompiledFault;
  mirrors: { clusterName: string; percent: number }[];
  /**
   * Envoy's route hash policies (rule 13): one per destination whose DestinationRule hashes,
   * in destination order (istio route.go processWeightedDestination appends them). Envoy
   * combines every policy that yields a value into the request's hash.
   */
  hashPolicies: HashPolicy[];
  /** The VirtualService the route comes from (gateway virtual hosts merge several). */
  virtualService: VirtualService;
  ref: SourceRef;
}

export interface IgnoredVirtualService {
  vs: VirtualService;
  reason: string;
}

export interface VirtualHost {
  /** e.g. 'httpping-without-sidecar.infra-jinsu-lab.svc.cluster.local:8080' */
  name: string;
  domains: string[];
  service?: Service;
  port: number;
  /** The VirtualService applied, when one is. */
  virtualService?: VirtualService;
  /** VirtualServices that claim this host but were not applied, with the reason. */
  ignored: IgnoredVirtualService[];
  routes: CompiledRoute[];
  /** Default route (no VirtualService): the Service's own cluster. */
  defaultCluster?: string;
  /** Hash policies of the default route (the DestinationRule's consistentHash, rule 13). */
  defaultHashPolicies?: HashPolicy[];
  /** Gateway virtual hosts: every VirtualService whose routes were merged in, in order. */
  mergedVirtualServices?: VirtualService[];
}

/** The HTTP route table for one port, like Envoy's RDS route configuration named after the port. */
export interface RouteTable {
  port: number;
  virtualHosts: VirtualHost[];
  /** Lower-cased domain (port stripped) -> virtual host. */
  byDomain: Map<string, VirtualHost>;
  /** Wildcard domains ('*.example.com'), longest suffix first. */
  wildcards: { suffix: string; vhost: VirtualHost }[];
  /**
   * VirtualService hosts that are no Service and get no virtual host on this port (Istio serves
   * them on port 80 only, see compile/nonServiceHosts.ts), with the reason, for traces and hints.
   */
  unservedHosts?: UnservedHost[];
}

/** A VirtualService host left out of a route table, and why. */
export interface UnservedHost {
  /** As written in the VirtualService (expanded), possibly a wildcard. */
  host: string;
  vs: VirtualService;
  reason: string;
}

export type LbKind = 'LEAST_REQUEST' | 'ROUND_ROBIN' | 'RANDOM' | 'PASSTHROUGH' | 'RING_HASH' | 'MAGLEV';

export interface HashPolicy {
  type: 'header' | 'cookie' | 'sourceIp' | 'queryParameter';
  /** Header / cookie / query parameter name (lower-cased for headers). */
  name?: string;
  cookieTtl?: string;
  cookiePath?: string;
}

export interface LbPolicy {
  kind: LbKind;
  hash?: HashPolicy;
  ringSize?: number;
  tableSize?: number;
  /** Where the policy came from (DestinationRule field), for traces. */
  ref?: SourceRef;
  /** Short label for the UI: 'LEAST_REQUEST', 'RING_HASH on header foo'. */
  label: string;
}

export interface Endpoint {
  pod: Pod;
  port: number;
  /** Envoy host key for hashing: 'ip:port'. */
  address: string;
}

/** An Envoy cluster: endpoints plus load-balancing state, shared by the clients that see the same DestinationRule. */
export interface Cluster {
  name: string;
  service?: Service;
  subset?: string;
  port: number;
  endpoints: Endpoint[];
  destinationRule?: DestinationRule;
  /** Why this DestinationRule (lookup order, rule 12), for traces. */
  destinationRuleReason: string;
  policy: LbPolicy;
  trafficPolicy?: TrafficPolicy;
  /** Load-balancer state, created on first use (see route/pickEndpoint.ts). */
  lb?: unknown;
}

/** What one client pod's Envoy (or, without one, kube-proxy) is configured with. */
export interface ClientView {
  client: Pod;
  mode: ClientMode;
  /** Envoy clients: listener port -> route table. */
  routeTables: Map<number, RouteTable>;
  /** Clusters by name, as this client sees them (DestinationRule lookup depends on the client namespace). */
  clusters: Map<string, Cluster>;
  /** Gateway clients: the Gateways whose selector picks this pod ('ns/name'). */
  gateways: string[];
}
