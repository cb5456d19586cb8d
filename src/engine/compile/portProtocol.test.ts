// Port protocol as Istio reads it from a Kubernetes Service port: istio pkg/config/kube/conversion.go
// ConvertProtocol (appProtocol first, then the name's prefix before '-'; grpc-web checked before
// the split) and pkg/config/protocol/instance.go IsHTTP. Only a declared HTTP port gives sidecars
// the shared 0.0.0.0:<port> HTTP listener (pilot/pkg/networking/core/listener.go
// buildSidecarOutboundHTTPListenerOpts), which carries VirtualService hosts that are no Service.
import { describe, expect, it } from 'vitest';
import { isDeclaredHttpPort, isTcpPort } from './portProtocol.ts';

describe('isDeclaredHttpPort', () => {
  it.each([
    ['http', undefined], ['http2', undefined], ['http-web', undefined], ['grpc', undefined], ['grpc-web', undefined],
    ['grpc-web-ui', undefined], ['HTTP', undefined], [undefined, 'http'], ['tcp', 'http2'], [undefined, 'kubernetes.io/h2c'],
    [undefined, 'kubernetes.io/ws'],
  ])('name %s, appProtocol %s: HTTP', (name, app) => {
    expect(isDeclaredHttpPort(name, app)).toBe(true);
  });

  it.each([
    [undefined, undefined], ['web', undefined], ['https', undefined], ['tcp-http', undefined], ['tls', undefined],
    ['http', 'tcp'], ['httpx', undefined], [undefined, 'kubernetes.io/wss'],
  ])('name %s, appProtocol %s: not declared HTTP (sniffed or TCP)', (name, app) => {
    expect(isDeclaredHttpPort(name, app)).toBe(false);
  });

  it('a sniffed port is neither declared HTTP nor TCP', () => {
    expect(isDeclaredHttpPort('web', undefined)).toBe(false);
    expect(isTcpPort('web', undefined)).toBe(false);
  });
});
