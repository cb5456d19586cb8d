import type { Pod } from '../model/mesh.ts';

/**
 * Envoy response flags the simulator can produce (envoy access-log %RESPONSE_FLAGS%):
 * NR no route, NC no cluster, UH no healthy upstream, FI fault abort, DI fault delay,
 * plus playground-only DNS (host not resolvable: curl exits 6) and CF (connection
 * refused: no listener / no service port, curl exits 7).
 */
export type ResponseFlag = 'NR' | 'NC' | 'UH' | 'FI' | 'DI' | 'DNS' | 'CF';

/** How the request left the client: through Envoy (sidecar/gateway) or plain kube-proxy. */
export type ClientMode = 'sidecar' | 'gateway' | 'kube-proxy';

/**
 * The decision for one request. `status` 0 means no HTTP response at all (DNS or
 * connection failure). Indices point into the compiled view so the UI can draw the path.
 */
export interface Decision {
  status: number;
  flags: ResponseFlag[];
  mode: ClientMode;
  /** Envoy cluster name, e.g. outbound|8080|v1|svc.ns.svc.cluster.local, or PassthroughCluster. */
  cluster?: string;
  subset?: string;
  /** The Service the request was resolved to, when any ('ns/name'). */
  service?: string;
  /** The endpoint pod that served the request. */
  pod?: Pod;
  /** Endpoint port on the pod (targetPort resolved, rule 14). */
  podPort?: number;
  /** 'ns/name' of the VirtualService applied, and the route index inside its http list. */
  virtualService?: string;
  routeIndex?: number;
  /** Index of the destination picked inside the route's weighted list. */
  destinationIndex?: number;
  /** Hash key value used by a consistent-hash pick ('foo: bar'), when any. */
  hashKey?: string;
  /** Added latency from a delay fault, ms. */
  delayMs?: number;
  /** Mirror clusters the request was copied to. */
  mirrors?: string[];
  /** Location header for redirects. */
  location?: string;
  /** The route's request timeout, ms (unset: Istio's default, no timeout). */
  timeoutMs?: number;
  /** Retries Envoy allows for this request (Istio's default policy: 2; 0 = disabled). */
  retryAttempts?: number;
}
