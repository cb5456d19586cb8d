import type { Resource } from './resource.ts';
import type { SourceRef } from './source.ts';
import type { DestinationRuleSpec, GatewaySpec, VirtualServiceSpec } from './istio.ts';
import type { RoutingTest } from './routingTest.ts';

export interface ContainerPort {
  name?: string;
  containerPort: number;
}

export interface Namespace {
  name: string;
  labels: Record<string, string>;
  /** Whether the Namespace object exists in the scenario (namespaces are implied by use). */
  declared: boolean;
  ref?: SourceRef;
}

export interface Pod {
  namespace: string;
  name: string;
  ip: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  containerPorts: ContainerPort[];
  hasSidecar: boolean;
  /** Why the pod has / lacks a sidecar, as a sentence for traces and the UI. */
  sidecarReason: string;
  /** Labelled `istio: ingressgateway`: acts as an Envoy ingress gateway. */
  isIngressGateway: boolean;
  /** False when the pod is killed / not ready (no endpoints). */
  ready: boolean;
  /** The Deployment that created it, when any. */
  deployment?: string;
  /** The Pod or Deployment document that declared it. */
  ref: SourceRef;
  resource: Resource;
}

export interface ServicePort {
  name?: string;
  port: number;
  /** Number, or a container port name resolved per pod (rule 14). */
  targetPort: number | string;
  protocol: string;
  appProtocol?: string;
}

export interface Service {
  namespace: string;
  name: string;
  /** name.namespace.svc.cluster.local */
  fqdn: string;
  clusterIP: string;
  selector: Record<string, string>;
  ports: ServicePort[];
  ref: SourceRef;
  resource: Resource;
}

/** A routing resource with its host names already expanded (rule 4). */
export interface VirtualService {
  namespace: string;
  name: string;
  /** Hosts as written. */
  rawHosts: string[];
  /** Hosts expanded to FQDNs (short names relative to the resource namespace). */
  hosts: string[];
  /** Normalised: 'mesh' or 'ns/name'. Empty list in YAML means ['mesh']. */
  gateways: string[];
  /** Normalised exportTo: '*', or namespace names ('.' replaced by own namespace). */
  exportTo: string[];
  spec: VirtualServiceSpec;
  creationTimestamp?: string;
  docIndex: number;
  ref: SourceRef;
  resource: Resource;
}

export interface DestinationRule {
  namespace: string;
  name: string;
  rawHost: string;
  /** spec.host expanded to an FQDN (rule 4); may contain a leading '*' wildcard. */
  host: string;
  exportTo: string[];
  spec: DestinationRuleSpec;
  creationTimestamp?: string;
  docIndex: number;
  ref: SourceRef;
  resource: Resource;
}

export interface Gateway {
  namespace: string;
  name: string;
  spec: GatewaySpec;
  ref: SourceRef;
  resource: Resource;
}

export interface TrafficRequestSpec {
  curl: string;
  weight: number;
  /** header name -> one value per request, cycled or picked at random (see simulate). */
  headers: Record<string, string[]>;
  /** The resource path of this request entry, for diagnostics. */
  index: number;
}

export interface Traffic {
  namespace: string;
  name: string;
  /** 'ns/name' of a Pod or Deployment. */
  from: string;
  rate: number;
  requests: TrafficRequestSpec[];
  ref: SourceRef;
  resource: Resource;
}

export type KubeProxyMode = 'iptables' | 'ipvs';

/** Everything the scenario declares, resolved into mesh entities. Pure data. */
export interface MeshModel {
  namespaces: Map<string, Namespace>;
  services: Service[];
  pods: Pod[];
  virtualServices: VirtualService[];
  destinationRules: DestinationRule[];
  gateways: Gateway[];
  traffic: Traffic[];
  /** playground/v1 `Test` documents: routing expectations (engine/testing evaluates them). */
  tests: RoutingTest[];
  /** Root namespace for mesh-wide DestinationRules (rule 12). */
  rootNamespace: string;
  kubeProxyMode: KubeProxyMode;
  resources: Resource[];
}
