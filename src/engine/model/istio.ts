/**
 * The subset of the Istio networking API (v1 / v1beta1 / v1alpha3 share these shapes)
 * that the engine reads. Field names follow istio.io/latest/docs/reference/config/networking/.
 * Values come straight from user YAML: the parser does not guarantee these types, so readers
 * must tolerate wrong shapes (the analyzer reports them as IST0106).
 */
export interface StringMatch {
  exact?: string;
  prefix?: string;
  regex?: string;
}

export interface HTTPMatchRequest {
  name?: string;
  uri?: StringMatch;
  scheme?: StringMatch;
  method?: StringMatch;
  authority?: StringMatch;
  headers?: Record<string, StringMatch>;
  withoutHeaders?: Record<string, StringMatch>;
  queryParams?: Record<string, StringMatch>;
  port?: number;
  sourceLabels?: Record<string, string>;
  sourceNamespace?: string;
  gateways?: string[];
  ignoreUriCase?: boolean;
}

export interface PortSelector {
  number?: number;
}

export interface Destination {
  host: string;
  subset?: string;
  port?: PortSelector;
}

export interface HTTPRouteDestination {
  destination: Destination;
  weight?: number;
  headers?: unknown;
}

export interface HTTPRedirect {
  uri?: string;
  authority?: string;
  port?: number;
  scheme?: string;
  redirectCode?: number;
}

export interface HTTPDirectResponse {
  status: number;
  body?: { string?: string; bytes?: string };
}

export interface HTTPRewrite {
  uri?: string;
  authority?: string;
  uriRegexRewrite?: { match: string; rewrite: string };
}

export interface Percent {
  value?: number;
}

export interface HTTPFaultInjection {
  delay?: { fixedDelay?: string; percentage?: Percent; percent?: number };
  abort?: { httpStatus?: number; grpcStatus?: string; percentage?: Percent };
}

export interface HTTPRetry {
  attempts?: number;
  perTryTimeout?: string;
  retryOn?: string;
}

export interface HTTPRoute {
  name?: string;
  match?: HTTPMatchRequest[];
  route?: HTTPRouteDestination[];
  redirect?: HTTPRedirect;
  directResponse?: HTTPDirectResponse;
  rewrite?: HTTPRewrite;
  timeout?: string;
  retries?: HTTPRetry;
  fault?: HTTPFaultInjection;
  mirror?: Destination;
  mirrorPercentage?: Percent;
  mirrors?: { destination: Destination; percentage?: Percent }[];
}

export interface VirtualServiceSpec {
  hosts?: string[];
  gateways?: string[];
  http?: HTTPRoute[];
  tcp?: unknown[];
  tls?: unknown[];
  exportTo?: string[];
}

export interface ConsistentHashLB {
  httpHeaderName?: string;
  httpCookie?: { name: string; path?: string; ttl?: string };
  useSourceIp?: boolean;
  httpQueryParameterName?: string;
  ringHash?: { minimumRingSize?: number };
  maglev?: { tableSize?: number };
  /** Deprecated alias of ringHash.minimumRingSize. */
  minimumRingSize?: number;
}

export interface LoadBalancerSettings {
  simple?: 'UNSPECIFIED' | 'LEAST_CONN' | 'RANDOM' | 'PASSTHROUGH' | 'ROUND_ROBIN' | 'LEAST_REQUEST';
  consistentHash?: ConsistentHashLB;
}

export interface TrafficPolicy {
  loadBalancer?: LoadBalancerSettings;
  connectionPool?: unknown;
  outlierDetection?: unknown;
  tls?: { mode?: string; caCertificates?: string; sni?: string; insecureSkipVerify?: boolean };
  portLevelSettings?: (Omit<TrafficPolicy, 'portLevelSettings'> & { port?: PortSelector })[];
}

export interface Subset {
  name: string;
  labels?: Record<string, string>;
  trafficPolicy?: TrafficPolicy;
}

export interface DestinationRuleSpec {
  host?: string;
  trafficPolicy?: TrafficPolicy;
  subsets?: Subset[];
  exportTo?: string[];
  workloadSelector?: unknown;
}

export interface GatewayServer {
  port?: { number?: number; name?: string; protocol?: string; targetPort?: number };
  hosts?: string[];
  bind?: string;
  tls?: unknown;
  name?: string;
}

export interface GatewaySpec {
  selector?: Record<string, string>;
  servers?: GatewayServer[];
}
