/**
 * DESIGN.md rules 1-3 (client side): who applies VirtualServices, which host names reach a
 * Service's virtual host, and gateway binding. Scenario pieces: fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { load, namespace, send, service, spread, subsetsRule } from './harness.ts';
import { FROM_INTERNET, WEB, gatewayParts, mesh, ts, vs } from './fixtures.ts';

/** Pods named web-v1-* answered every request, and only them. */
function onlyV1(s: ReturnType<typeof spread>) {
  expect(s.share('web-v1-')).toBe(1);
}
/** Both subsets answered: no VirtualService steered the requests. */
function bothSubsets(s: ReturnType<typeof spread>) {
  expect(s.share('web-v1-')).toBeGreaterThan(0.2);
  expect(s.share('web-v2-')).toBeGreaterThan(0.2);
}

// kubernetes.io/docs/reference/networking/virtual-ips/ (iptables: random endpoint per
// connection; ipvs: rr); istio.io/latest/docs/ops/common-problems/network-issues/ ("Route rules
// have no effect on ingress gateway requests" / sidecar required for client-side routing).
describe('rule 1: a client without a sidecar ignores VirtualService and DestinationRule', () => {
  const yaml = mesh + vs('web-v1') + subsetsRule('shop', 'web', 'hash-foo', '  trafficPolicy:\n    loadBalancer:\n      consistentHash: {httpHeaderName: foo}\n');

  it('kube-proxy (iptables) spreads uniformly over all six pods, the 100% v1 route is ignored', () => {
    const s = load(yaml);
    const r = spread(s, 'front/plain', WEB, 6000);
    expect(Object.keys(r.pods)).toHaveLength(6);
    for (const n of Object.values(r.pods)) expect(n / r.total).toBeCloseTo(1 / 6, 1);
    expect(r.status).toEqual({ 200: 6000 });
    expect(r.clusters).toEqual({});
    expect(r.decisions.every((d) => d.mode === 'kube-proxy' && d.virtualService === undefined)).toBe(true);
  });

  it('the trace says why: no sidecar, kube-proxy picks behind the ClusterIP', () => {
    const t = send(load(yaml), 'front/plain', WEB);
    expect(t.text).toContain('has no sidecar, so VirtualServices and DestinationRules do not apply');
    expect(t.text).toContain('kube-proxy (iptables) picks a uniformly random endpoint');
  });

  it('the consistent-hash DestinationRule does not pin foo: bar to a pod', () => {
    const r = spread(load(yaml), 'front/plain', "curl -H 'foo: bar' http://web.shop:8080/", 600);
    expect(Object.keys(r.pods).length).toBe(6);
  });

  it('the same request from a sidecar client follows the VirtualService', () => {
    onlyV1(spread(load(yaml), 'front/app', WEB, 200));
  });

  it('IPVS mode (a scenario option) is round robin: each pod once per rotation', () => {
    const s = load(yaml, { kubeProxyMode: 'ipvs' });
    const pods = spread(s, 'front/plain', WEB, 12).decisions.map((d) => d.pod!.name);
    expect(new Set(pods.slice(0, 6)).size).toBe(6);
    expect(pods.slice(6)).toEqual(pods.slice(0, 6));
    expect(send(s, 'front/plain', WEB).text).toContain('kube-proxy (ipvs) picks round robin');
  });
});

// istio pilot/pkg/networking/core/httproute.go generateVirtualHostDomains +
// generateAltVirtualHostsForKubernetesService (svc, svc.ns, svc.ns.svc only from the same
// namespace for the bare name), IgnorePortInHostMatching; route.go separateVSHostsAndServices
// (nonServiceRegistryHosts); buildCatchAllVirtualHost -> PassthroughCluster.
describe('rule 2: a sidecar routes by the Host header to the Service virtual host', () => {
  const s = load(mesh + vs('web-v1'));
  const clusterIP = s.model.services.find((x) => x.name === 'web')!.clusterIP;

  it.each([
    ['web.shop.svc.cluster.local'],
    ['web.shop.svc'],
    ['web.shop'],
    ['CLUSTER_IP'],
  ])('Host %s reaches web.shop and its VirtualService, from any namespace', (host) => {
    const h = host === 'CLUSTER_IP' ? clusterIP : host;
    for (const from of ['front/app', 'shop/curl']) {
      const r = spread(s, from, `curl http://${h}:8080/`, 50);
      onlyV1(r);
      expect(r.decisions[0].virtualService).toBe('shop/web-v1');
      expect(r.clusters).toEqual({ 'outbound|8080|v1|web.shop.svc.cluster.local': 50 });
    }
  });

  it('the bare name web works only from the Service namespace', () => {
    onlyV1(spread(s, 'shop/curl', 'curl http://web:8080/', 50));
    const t = send(s, 'front/app', 'curl http://web:8080/');
    expect(t.decision).toMatchObject({ status: 0, flags: ['DNS'] });
    expect(t.text).toContain('web does not resolve');
  });

  it('the port in the Host header is ignored for matching', () => {
    onlyV1(spread(s, 'front/app', "curl -H 'Host: web.shop:1234' http://web.shop:8080/", 50));
    const t = send(s, 'front/app', "curl -H 'Host: WEB.Shop.svc.cluster.local:9' http://web.shop:8080/");
    expect(t.text).toContain('matched virtual host web.shop.svc.cluster.local:8080');
  });

  // Istio serves a VirtualService host that is no Service in the route table of port 80 only
  // (pilot/pkg/networking/core/route/route.go buildSidecarVirtualHostsForVirtualService,
  // `if listenPort == 80`; httproute.go BuildSidecarOutboundVirtualHosts drops, on other ports,
  // VirtualServices naming no Service there: selectVirtualServices). That table is reached
  // through the sidecar's 0.0.0.0:80 HTTP listener, which a Service declaring port 80 HTTP
  // creates (listener.go buildSidecarOutboundListeners): here, as in a cluster, the ingress
  // gateway's. These tests used to expect the host routed on any port, without that listener.
  const port80 = namespace('istio-system') + service('istio-ingressgateway', { ns: 'istio-system', selector: { istio: 'ingressgateway' }, ports: [[80, 8080, 'http2']] });

  it('a VirtualService host that is no Service (www.example.com) routes on port 80', () => {
    const y = mesh + port80 + vs('example', { hosts: 'www.example.com', subset: 'v2' });
    const t = send(load(y), 'front/app', 'curl http://www.example.com/');
    expect(t.decision).toMatchObject({ status: 200, cluster: 'outbound|8080|v2|web.shop.svc.cluster.local', virtualService: 'shop/example' });
    expect(t.pod).toMatch(/^web-v2-/);
    expect(t.text).toContain('matched virtual host www.example.com:80');
  });

  it('the same host on port 8080 has no virtual host: PassthroughCluster, and the trace says why', () => {
    const y = mesh + port80 + vs('example', { hosts: 'www.example.com', subset: 'v2' });
    const t = send(load(y), 'front/app', 'curl http://www.example.com:8080/');
    expect(t.decision).toMatchObject({ status: 200, cluster: 'PassthroughCluster' });
    expect(t.decision.virtualService).toBeUndefined();
    expect(t.text).toContain('VirtualService shop/example not applied: www.example.com is no Service: Istio gives such a host routes only on port 80');
  });

  it('without a Service declaring port 80 HTTP there is no port-80 listener to carry it', () => {
    const t = send(load(mesh + vs('example', { hosts: 'www.example.com', subset: 'v2' })), 'front/app', 'curl http://www.example.com/');
    expect(t.decision.cluster).toBe('PassthroughCluster');
    expect(t.text).toContain('the sidecar has no 0.0.0.0:80 HTTP listener');
  });

  it('a wildcard non-Service host gets its own virtual host; an exact one beats it for its name', () => {
    const y = mesh + port80 + vs('any-example', { hosts: '"*.example.com"', subset: 'v2', meta: ts('2020-01-01T00:00:00Z') }) +
      vs('www', { hosts: 'www.example.com', subset: 'v1', meta: ts('2024-01-01T00:00:00Z') });
    const s = load(y);
    expect(send(s, 'front/app', 'curl http://www.example.com/').decision.virtualService).toBe('shop/www');
    expect(send(s, 'front/app', 'curl http://shop.example.com/').decision.virtualService).toBe('shop/any-example');
    // Port 80 only, wildcard or not (route.go separateVSHostsAndServices: a wildcard covering no Service is a non-registry host).
    expect(send(s, 'front/app', 'curl http://shop.example.com:8080/').decision.cluster).toBe('PassthroughCluster');
  });

  it('a VirtualService naming a Service carries its other hosts onto that Service\'s ports', () => {
    // route.go buildSidecarVirtualHostsForVirtualService: non-registry hosts ride with the VirtualService's Services, per HTTP port.
    const s = load(mesh + vs('web-and-www', { hosts: 'web, www.example.com', subset: 'v2' }));
    const t = send(s, 'front/app', 'curl http://www.example.com:8080/');
    expect(t.decision).toMatchObject({ virtualService: 'shop/web-and-www', cluster: 'outbound|8080|v2|web.shop.svc.cluster.local' });
  });

  it('a Host matching no Service or VirtualService goes to the PassthroughCluster', () => {
    const r = spread(s, 'front/app', "curl -H 'Host: elsewhere.example' http://web.shop:8080/", 600);
    expect(r.clusters).toEqual({ PassthroughCluster: 600 });
    bothSubsets(r);
    expect(send(s, 'front/app', "curl -H 'Host: elsewhere.example' http://web.shop:8080/").text).toContain('PassthroughCluster (original destination, no Istio routing)');
  });
});


// istio.io/latest/docs/reference/config/networking/virtual-service/#VirtualService-gateways
// ("The reserved word mesh is used to imply all the sidecars in the mesh. When this field is
// omitted, the default gateway (mesh) will be used"); push_context.go getGatewayNames.
describe('rule 3: gateways decide whether sidecars apply a VirtualService', () => {
  const hosts = 'web, web.example.com';
  it('gateways omitted: sidecars apply it', () => {
    onlyV1(spread(load(mesh + vs('web-v1', { hosts })), 'front/app', WEB, 100));
  });

  it('gateways [mesh]: sidecars apply it', () => {
    onlyV1(spread(load(mesh + vs('web-v1', { hosts, extra: '  gateways: [mesh]\n' })), 'front/app', WEB, 100));
  });

  it('only a named gateway: mesh clients ignore it, the ingress gateway applies it', () => {
    const s = load(mesh + gatewayParts + vs('web-v1', { hosts, extra: '  gateways: [web-gateway]\n' }));
    const r = spread(s, 'front/app', WEB, 600);
    bothSubsets(r);
    expect(r.decisions.every((d) => d.virtualService === undefined)).toBe(true);
    const t = send(s, 'front/app', WEB);
    expect(t.text).toContain('VirtualService shop/web-v1 not applied: gateway-only: gateways [shop/web-gateway] does not include mesh');
    onlyV1(spread(s, 'istio-system/istio-ingressgateway', FROM_INTERNET, 100));
    expect(send(s, 'istio-system/istio-ingressgateway', FROM_INTERNET).decision).toMatchObject({ mode: 'gateway', virtualService: 'shop/web-v1' });
  });

  it('[mesh, web-gateway]: both apply it', () => {
    const s = load(mesh + gatewayParts + vs('web-v1', { hosts, extra: '  gateways: [mesh, web-gateway]\n' }));
    onlyV1(spread(s, 'front/app', WEB, 100));
    onlyV1(spread(s, 'istio-system/istio-ingressgateway', FROM_INTERNET, 100));
  });

  it('on the ingress gateway, VirtualServices for one host are merged, catch-all routes last', () => {
    const gw = (name: string, http: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {namespace: shop, name: ${name}}
spec:
  hosts: [web.example.com]
  gateways: [web-gateway]
  http:
${http}---
`;
    const y = mesh + gatewayParts +
      gw('catch-all', '    - route: [{destination: {host: web, subset: v2}}]\n') +
      gw('api', '    - match: [{uri: {prefix: /api}}]\n      route: [{destination: {host: web, subset: v1}}]\n');
    const s = load(y);
    const api = send(s, 'istio-system/istio-ingressgateway', "curl -H 'Host: web.example.com' http://istio-ingressgateway.istio-system/api/x");
    expect(api.decision).toMatchObject({ subset: 'v1', virtualService: 'shop/api' });
    expect(api.text).toContain('a gateway merges the routes of every VirtualService for a host');
    expect(send(s, 'istio-system/istio-ingressgateway', FROM_INTERNET).decision).toMatchObject({ subset: 'v2', virtualService: 'shop/catch-all' });
  });

  it('a mesh-only VirtualService does not apply on the ingress gateway (404 NR there)', () => {
    const s = load(mesh + gatewayParts + vs('web-v1', { hosts }));
    expect(send(s, 'istio-system/istio-ingressgateway', FROM_INTERNET).decision).toMatchObject({ status: 404, flags: ['NR'] });
  });
});
