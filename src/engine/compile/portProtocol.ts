/**
 * Istio protocol selection (istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/):
 * a port named tcp*, tls*, mongo*, mysql*, redis* or appProtocol tcp/tls is not HTTP;
 * unnamed ports are sniffed, and the playground's requests are HTTP, so they route as HTTP.
 */
export function isTcpPort(name: string | undefined, appProtocol: string | undefined): boolean {
  const proto = (appProtocol ?? name ?? '').toLowerCase().split('-')[0];
  return ['tcp', 'tls', 'mongo', 'mysql', 'redis'].includes(proto);
}

/**
 * A port declared HTTP (appProtocol, else the name's prefix before '-': http, http2, grpc,
 * grpc-web; appProtocol kubernetes.io/h2c and kubernetes.io/ws), not merely sniffed. Only such
 * ports give a sidecar the shared 0.0.0.0:<port> HTTP listener whose route table is "<port>":
 * a sniffed port's listener binds the Service's ClusterIP and gets a route of its own
 * ("<fqdn>:<port>"). istio pkg/config/kube/conversion.go ConvertProtocol,
 * pkg/config/protocol/instance.go IsHTTP, pilot/pkg/networking/core/listener.go
 * buildSidecarOutboundListener / buildSidecarOutboundHTTPListenerOpts.
 */
export function isDeclaredHttpPort(name: string | undefined, appProtocol: string | undefined): boolean {
  const declared = (appProtocol ?? name ?? '').toLowerCase();
  if (declared === 'kubernetes.io/h2c' || declared === 'kubernetes.io/ws') return true;
  if (declared.startsWith('grpc-web')) return true;
  return ['http', 'http2', 'grpc', 'http_proxy'].includes(declared.split('-')[0]);
}
