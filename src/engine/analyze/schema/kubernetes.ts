// The Kubernetes kinds the playground reads (kubernetes.io/docs/reference/kubernetes-api/).
// Fields the playground uses are described; pod specs and containers stay open (Kubernetes has
// far more fields than a traffic playground needs, and an unknown one is not our business).
import { type JsonSchema, arr, bool, int, intOrString, map, obj, oneOfValues, str, stringMap } from './builders.ts';

export const metadata = obj(
  'Standard object metadata.',
  {
    name: str('Name of the resource, unique per kind and namespace.'),
    namespace: str('Namespace of the resource (default: `default`). Short host names in Istio resources are read in it.'),
    labels: stringMap('Labels. Values are strings: quote numbers and booleans (`version: "1"`).'),
    annotations: stringMap('Annotations. `sidecar.istio.io/inject: "false"` opts a pod out of injection.'),
    creationTimestamp: str('When the resource was created. Decides which of several VirtualServices for one host wins (oldest first).'),
  },
  { additional: true },
);

const podTemplateMetadata = obj(
  'Metadata of the pods. The label `sidecar.istio.io/inject: "true"` asks Istio for a sidecar.',
  { labels: stringMap('Pod labels: Services select pods by them, subsets group them.'), annotations: stringMap('Pod annotations.') },
  { additional: true },
);

const containerPort = obj('A port the container listens on.', {
  name: str('Port name: a Service `targetPort` may refer to it.'),
  containerPort: int('Port number.', 1, 65535),
  protocol: oneOfValues('Protocol.', ['TCP', 'UDP', 'SCTP']),
  hostPort: int('Host port.', 1, 65535),
  hostIP: str('Host IP.'),
}, { required: ['containerPort'] });

const container = obj(
  'A container of the pod.',
  {
    name: str('Container name. `istio-proxy` is the sidecar.'),
    image: str('Container image.'),
    ports: arr('Ports the container listens on.', containerPort),
  },
  { required: ['name'], additional: true },
);

export const podSpec = obj(
  'The pod specification. `hostNetwork: true` pods are never injected.',
  {
    containers: arr('The containers.', container, { minItems: 1 }),
    initContainers: arr('Init containers.', container),
    hostNetwork: bool('Use the node\'s network: Istio never injects such pods.'),
  },
  { required: ['containers'], additional: true },
);

const status = obj('Status, as read from a running cluster. `podIP` fixes the pod address.', { podIP: str('The pod IP.') }, { additional: true });

const envelope = (apiVersion: string, kind: string, spec?: JsonSchema, extra: Record<string, JsonSchema> = {}): JsonSchema =>
  obj(`A ${kind}.`, {
    apiVersion: { const: apiVersion, description: `Always \`${apiVersion}\`.` },
    kind: { const: kind, description: kind },
    metadata,
    ...(spec ? { spec } : {}),
    status: obj('Status (ignored).', {}, { additional: true }),
    ...extra,
  }, { required: ['apiVersion', 'kind', 'metadata'] });

export const namespaceSchema = envelope('v1', 'Namespace', obj('Namespace spec.', { finalizers: arr('Finalizers.', str('Finalizer.')) }));

const servicePort = obj(
  'A port of the Service. Name it after its protocol (`http`, `http-web`, `grpc`, `tcp`) or set `appProtocol` so Istio knows how to route it.',
  {
    name: str('Port name; its prefix tells Istio the protocol.'),
    port: int('The port clients connect to.', 1, 65535),
    targetPort: intOrString('The pod port: a number, or a container port name. Default: `port`.'),
    protocol: oneOfValues('Transport protocol.', ['TCP', 'UDP', 'SCTP']),
    appProtocol: str('Application protocol (`http`, `http2`, `grpc`, `tcp`, ...), preferred over the name.'),
    nodePort: int('Node port.', 1, 65535),
  },
  { required: ['port'] },
);

export const serviceSchema = envelope('v1', 'Service', obj('Service spec: which pods (selector) on which ports.', {
  selector: stringMap('Pods with all these labels (in the Service\'s namespace) are its endpoints.'),
  ports: arr('The ports.', servicePort),
  type: oneOfValues('Service type.', ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']),
  clusterIP: str('The virtual IP (assigned when omitted); `None` for a headless Service.'),
  clusterIPs: arr('Virtual IPs.', str('An IP.')),
  externalName: str('DNS name for type ExternalName.'),
  externalIPs: arr('External IPs.', str('An IP.')),
  sessionAffinity: oneOfValues('kube-proxy session affinity.', ['None', 'ClientIP']),
  sessionAffinityConfig: obj('Session affinity settings.', {}, { additional: true }),
  loadBalancerIP: str('Load balancer IP.'),
  loadBalancerSourceRanges: arr('Allowed source ranges.', str('CIDR.')),
  loadBalancerClass: str('Load balancer class.'),
  externalTrafficPolicy: oneOfValues('External traffic policy.', ['Cluster', 'Local']),
  internalTrafficPolicy: oneOfValues('Internal traffic policy.', ['Cluster', 'Local']),
  healthCheckNodePort: int('Health check node port.'),
  publishNotReadyAddresses: bool('Publish not-ready endpoints.'),
  ipFamilies: arr('IP families.', str('IPv4 or IPv6.')),
  ipFamilyPolicy: str('IP family policy.'),
  allocateLoadBalancerNodePorts: bool('Allocate node ports.'),
  trafficDistribution: str('Traffic distribution preference.'),
}));

export const deploymentSchema = envelope('apps/v1', 'Deployment', obj(
  'Deployment spec: `replicas` copies of the pod `template`.',
  {
    replicas: int('Number of pods (default 1). Scaling changes which pods a subset has.', 0),
    selector: obj('Which pods belong to the Deployment; must match the template labels.', {
      matchLabels: stringMap('Labels the pods must carry.'),
      matchExpressions: arr('Label expressions.', obj('An expression.', {}, { additional: true })),
    }),
    template: obj('The pod template.', { metadata: podTemplateMetadata, spec: podSpec }, { required: ['spec'] }),
    strategy: obj('Update strategy.', {}, { additional: true }),
    minReadySeconds: int('Minimum ready seconds.', 0),
    revisionHistoryLimit: int('Revision history limit.', 0),
    progressDeadlineSeconds: int('Progress deadline.', 0),
    paused: bool('Paused.'),
  },
  { required: ['selector', 'template'] },
));

export const podSchema = envelope('v1', 'Pod', podSpec, { status });
