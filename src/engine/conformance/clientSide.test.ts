/**
 * DESIGN.md rules 1-6 (client side): who applies VirtualServices, which host names reach a
 * Service's virtual host, gateway binding, short-name expansion, visibility and first-wins,
 * per-client matches. Each scenario is a few inline YAML documents on top of a small mesh:
 * namespace `shop` holds Service `web` (8080 -> 80) over web-v1-* and web-v2-* (3 pods each),
 * plus clients `shop/curl` (sidecar), `front/app` (sidecar) and `front/plain` (no sidecar).
 */
import { describe, expect, it } from 'vitest';
import { client, deployment, lineOf, load, namespace, send, service, spread, subsetsRule, webBackend } from './harness.ts';

const mesh =
  namespace('shop') + namespace('front') + webBackend('shop') + subsetsRule() +
  client('curl', 'shop') + client('app', 'front') + client('plain', 'front', false);

/** A VirtualService sending everything to one subset of web.shop. */
function vs(name: string, opts: { ns?: string; hosts?: string; subset?: string; extra?: string; meta?: string } = {}): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: ${opts.ns ?? 'shop'}
  name: ${name}
${opts.meta ?? ''}spec:
  hosts: [${opts.hosts ?? 'web'}]
${opts.extra ?? ''}  http:
    - route:
        - destination: {host: web.shop.svc.cluster.local, subset: ${opts.subset ?? 'v1'}}
---
`;
}

const WEB = 'curl http://web.shop:8080/';
const ts = (t: string) => `  creationTimestamp: "${t}"\n`;

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

  it('a VirtualService host that is no Service (www.example.com) still routes', () => {
    const y = mesh + vs('example', { hosts: 'www.example.com', subset: 'v2' });
    const t = send(load(y), 'front/app', 'curl http://www.example.com/');
    expect(t.decision).toMatchObject({ status: 200, cluster: 'outbound|8080|v2|web.shop.svc.cluster.local', virtualService: 'shop/example' });
    expect(t.pod).toMatch(/^web-v2-/);
    expect(t.text).toContain('matched virtual host www.example.com:80');
  });

  it('a wildcard non-Service host gets its own virtual host; an exact one beats it for its name', () => {
    const y = mesh + vs('any-example', { hosts: '"*.example.com"', subset: 'v2', meta: ts('2020-01-01T00:00:00Z') }) +
      vs('www', { hosts: 'www.example.com', subset: 'v1', meta: ts('2024-01-01T00:00:00Z') });
    const s = load(y);
    expect(send(s, 'front/app', 'curl http://www.example.com/').decision.virtualService).toBe('shop/www');
    expect(send(s, 'front/app', 'curl http://shop.example.com/').decision.virtualService).toBe('shop/any-example');
  });

  it('a Host matching no Service or VirtualService goes to the PassthroughCluster', () => {
    const r = spread(s, 'front/app', "curl -H 'Host: elsewhere.example' http://web.shop:8080/", 600);
    expect(r.clusters).toEqual({ PassthroughCluster: 600 });
    bothSubsets(r);
    expect(send(s, 'front/app', "curl -H 'Host: elsewhere.example' http://web.shop:8080/").text).toContain('PassthroughCluster (original destination, no Istio routing)');
  });
});

const gatewayParts =
  namespace('istio-system') +
  deployment('istio-ingressgateway', { ns: 'istio-system', labels: { istio: 'ingressgateway' }, containerPorts: [[8080, 'http2']] }) +
  service('istio-ingressgateway', { ns: 'istio-system', selector: { istio: 'ingressgateway' }, ports: [[80, 8080, 'http2']] }) +
  `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {namespace: shop, name: web-gateway}
spec:
  selector: {istio: ingressgateway}
  servers:
    - port: {number: 80, name: http, protocol: HTTP}
      hosts: ["*"]
---
`;
const FROM_INTERNET = "curl -H 'Host: web.example.com' http://istio-ingressgateway.istio-system/";

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

// istio.io/latest/docs/reference/config/networking/virtual-service/#VirtualService-hosts ("Istio
// will interpret the short name based on the namespace of the rule, not the service");
// pilot/pkg/model/config.go ResolveShortnameToFQDN (a name with a dot is left alone).
describe('rule 4: short hosts are expanded relative to the VirtualService/DestinationRule namespace', () => {
  it('hosts: [web] in namespace front means web.front, not web.shop: no effect on web.shop', () => {
    const s = load(mesh + vs('web-v1', { ns: 'front' }));
    expect(s.model.virtualServices[0].hosts).toEqual(['web.front.svc.cluster.local']);
    bothSubsets(spread(s, 'front/app', WEB, 600));
  });

  it('a short destination host in another namespace points at a Service that does not exist: 503 NC', () => {
    const y = mesh + `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {namespace: front, name: cross}
spec:
  hosts: [web.shop.svc.cluster.local]
  http:
    - route:
        - destination: {host: web, subset: v1}
---
`;
    const t = send(load(y), 'front/app', WEB);
    expect(t.decision).toMatchObject({ status: 503, flags: ['NC'], cluster: 'outbound|8080|v1|web.front.svc.cluster.local' });
    expect(t.text).toContain('web.front.svc.cluster.local is not a Service');
    onlyV1(spread(load(y.replace('{host: web, subset: v1}', '{host: web.shop.svc.cluster.local, subset: v1}')), 'front/app', WEB, 50));
  });

  it('a DestinationRule host with a dot (web.shop) is taken literally and misses the Service', () => {
    const y = namespace('shop') + namespace('front') + webBackend('shop') + subsetsRule('shop', 'web.shop') + client('app', 'front') + vs('web-v1');
    const s = load(y);
    expect(s.model.destinationRules[0].host).toBe('web.shop');
    expect(send(s, 'front/app', WEB).decision).toMatchObject({ status: 503, flags: ['NC'] });
  });
});

// istio pilot/pkg/model/push_context.go initVirtualServices / VirtualServicesForGateway (private,
// then exported to the namespace, then public), virtualservice_controller.go MergedVirtualServices
// (sorted by config.go configCompareByCreationTime: timestamp, name, namespace),
// httproute.go BuildSidecarOutboundVirtualHosts ("duplicate domain from virtual service").
describe('rule 5: exportTo visibility, and the first VirtualService wins for a duplicate host', () => {
  const exported = (e: string) => load(mesh + client('other', 'ops') + vs('web-v1', { extra: `  exportTo: [${e}]\n` }));

  it("exportTo ['.']: only clients in the VirtualService namespace", () => {
    const s = exported('"."');
    onlyV1(spread(s, 'shop/curl', WEB, 50));
    bothSubsets(spread(s, 'front/app', WEB, 600));
    expect(send(s, 'front/app', WEB).text).toContain('VirtualService shop/web-v1 not applied: not exported to namespace front');
  });

  it('exportTo [front]: clients in front, not the own namespace nor others', () => {
    const s = exported('front');
    onlyV1(spread(s, 'front/app', WEB, 50));
    bothSubsets(spread(s, 'shop/curl', WEB, 600));
    bothSubsets(spread(s, 'ops/other', WEB, 600));
  });

  it("exportTo ['*']: everyone", () => {
    const s = exported('"*"');
    for (const from of ['front/app', 'shop/curl', 'ops/other']) onlyV1(spread(s, from, WEB, 50));
  });

  it("exportTo ['~']: no one", () => {
    const s = exported('"~"');
    for (const from of ['front/app', 'shop/curl']) bothSubsets(spread(s, from, WEB, 600));
  });

  it('the oldest creationTimestamp wins; the loser is named in the trace', () => {
    const y = mesh + vs('newer', { subset: 'v1', meta: ts('2024-02-01T00:00:00Z') }) + vs('older', { subset: 'v2', meta: ts('2024-01-01T00:00:00Z') });
    const t = send(load(y), 'front/app', WEB);
    expect(t.decision).toMatchObject({ virtualService: 'shop/older', subset: 'v2' });
    expect(t.text).toContain('VirtualService shop/newer not applied: shop/older claims the same host first');
    expect(t.steps.find((x) => x.message.startsWith('VirtualService shop/newer'))?.ref).toMatchObject({ name: 'newer', line: lineOf(y, 'name: newer') - 4 }); // the document's apiVersion line
  });

  it('same timestamp: the name decides', () => {
    const same = ts('2024-01-01T00:00:00Z');
    const y = mesh + vs('b-route', { subset: 'v1', meta: same }) + vs('a-route', { subset: 'v2', meta: same });
    expect(send(load(y), 'front/app', WEB).decision.virtualService).toBe('shop/a-route');
  });

  it('same timestamp and name: the namespace decides', () => {
    const same = ts('2024-01-01T00:00:00Z');
    const full = 'web.shop.svc.cluster.local';
    const y = mesh + namespace('alpha') + namespace('beta') +
      vs('web', { ns: 'beta', hosts: full, subset: 'v1', meta: same }) + vs('web', { ns: 'alpha', hosts: full, subset: 'v2', meta: same });
    expect(send(load(y), 'front/app', WEB).decision.virtualService).toBe('alpha/web');
  });

  it('without timestamps: document order', () => {
    const y = mesh + vs('second-name-but-first-document', { subset: 'v2' }) + vs('a-first-name', { subset: 'v1' });
    expect(send(load(y), 'front/app', WEB).decision.virtualService).toBe('shop/second-name-but-first-document');
  });

  it("a VirtualService private to the client's namespace beats an older public one", () => {
    const full = 'web.shop.svc.cluster.local';
    const y = mesh +
      vs('mine', { ns: 'front', hosts: full, subset: 'v2', extra: '  exportTo: ["."]\n', meta: ts('2024-06-01T00:00:00Z') }) +
      vs('public', { subset: 'v1', meta: ts('2020-01-01T00:00:00Z') });
    const s = load(y);
    expect(send(s, 'front/app', WEB).decision.virtualService).toBe('front/mine');
    expect(send(s, 'shop/curl', WEB).decision.virtualService).toBe('shop/public');
  });

  it('for a Service, a VirtualService naming it exactly beats an older wildcard one', () => {
    const y = mesh +
      vs('wild', { hosts: '"*.shop.svc.cluster.local"', subset: 'v2', meta: ts('2020-01-01T00:00:00Z') }) +
      vs('exact', { subset: 'v1', meta: ts('2024-01-01T00:00:00Z') });
    const t = send(load(y), 'front/app', WEB);
    expect(t.decision.virtualService).toBe('shop/exact');
    expect(t.text).toContain('VirtualService shop/wild not applied: only a wildcard host of it covers web.shop.svc.cluster.local');
    // Alone, the wildcard one covers the Service.
    expect(send(load(mesh + vs('wild', { hosts: '"*.shop.svc.cluster.local"', subset: 'v2' })), 'front/app', WEB).decision.virtualService).toBe('shop/wild');
  });

  it('a VirtualService exported to the client namespace by name beats an older public one', () => {
    const full = 'web.shop.svc.cluster.local';
    const y = mesh + namespace('ops') +
      vs('for-front', { ns: 'ops', hosts: full, subset: 'v2', extra: '  exportTo: [front]\n', meta: ts('2024-06-01T00:00:00Z') }) +
      vs('public', { subset: 'v1', meta: ts('2020-01-01T00:00:00Z') });
    expect(send(load(y), 'front/app', WEB).decision.virtualService).toBe('ops/for-front');
  });
});

/** web with two routes: the first with `match` (YAML flow list), the second to v2. */
function twoRoutes(match: string, extra = ''): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {namespace: shop, name: per-client}
spec:
  hosts: [web]
${extra}  http:
    - name: first
      match: ${match}
      route:
        - destination: {host: web, subset: v1}
    - name: rest
      route:
        - destination: {host: web, subset: v2}
---
`;
}

// istio pilot/pkg/networking/core/route/route.go TranslateRoute (match.Port vs listener port),
// sourceMatchHTTP (gateways, else sourceLabels + sourceNamespace), BuildHTTPRoutesForVirtualService
// (IsCatchAllRoute stops the list; no route left -> the VirtualService builds no virtual host).
describe('rule 6: sourceLabels, sourceNamespace, gateways and port are evaluated per client', () => {
  const canary = client('canary', 'shop', true, { track: 'canary' });

  it('sourceLabels: only the labelled client takes the first route', () => {
    const s = load(mesh + canary + twoRoutes('[{sourceLabels: {track: canary}, uri: {prefix: /api}}]'));
    onlyV1(spread(s, 'shop/canary', 'curl http://web.shop:8080/api/x', 50));
    expect(spread(s, 'shop/curl', 'curl http://web.shop:8080/api/x', 50).share('web-v2-')).toBe(1);
    // The uri condition still applies to the canary client.
    expect(send(s, 'shop/canary', 'curl http://web.shop:8080/other').decision).toMatchObject({ subset: 'v2', routeIndex: 1 });
  });

  it('sourceNamespace: only clients in that namespace', () => {
    const s = load(mesh + twoRoutes('[{sourceNamespace: front}]'));
    onlyV1(spread(s, 'front/app', WEB, 50));
    expect(spread(s, 'shop/curl', WEB, 50).share('web-v2-')).toBe(1);
  });

  it('gateways in a match: the block applies to the named gateway only', () => {
    const s = load(mesh + gatewayParts + twoRoutes('[{gateways: [web-gateway]}]', '  gateways: [mesh, web-gateway]\n').replace('hosts: [web]', 'hosts: [web, web.example.com]'));
    expect(spread(s, 'front/app', WEB, 50).share('web-v2-')).toBe(1);
    onlyV1(spread(s, 'istio-system/istio-ingressgateway', FROM_INTERNET, 50));
  });

  it('port: the block applies on that listener port only', () => {
    const y = namespace('shop') + namespace('front') + subsetsRule() + client('app', 'front') +
      service('web', { ns: 'shop', ports: [[8080, 80, 'http'], [9090, 80, 'http-alt']] }) +
      deployment('web-v1', { ns: 'shop', labels: { app: 'web', version: 'v1' } }) + deployment('web-v2', { ns: 'shop', labels: { app: 'web', version: 'v2' } }) +
      twoRoutes('[{port: 9090}]');
    const s = load(y);
    expect(send(s, 'front/app', 'curl http://web.shop:9090/').decision).toMatchObject({ subset: 'v1', cluster: 'outbound|9090|v1|web.shop.svc.cluster.local' });
    expect(send(s, 'front/app', 'curl http://web.shop:8080/').decision).toMatchObject({ subset: 'v2', cluster: 'outbound|8080|v2|web.shop.svc.cluster.local' });
  });

  it('a block left with no other condition is a catch-all for that client: later routes never apply to it', () => {
    const y = mesh + canary + `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {namespace: shop, name: per-client}
spec:
  hosts: [web]
  http:
    - match: [{sourceLabels: {track: canary}}]
      route: [{destination: {host: web, subset: v1}}]
    - match: [{headers: {x-beta: {exact: "1"}}}]
      route: [{destination: {host: web, subset: v2}}]
---
`;
    const s = load(y);
    const beta = "curl -H 'x-beta: 1' http://web.shop:8080/";
    expect(send(s, 'shop/canary', beta).decision).toMatchObject({ subset: 'v1', routeIndex: 0 });
    expect(send(s, 'shop/curl', beta).decision).toMatchObject({ subset: 'v2', routeIndex: 1 });
    const viewRoutes = [...s.mesh.views.values()].find((v) => v.client.name.startsWith('canary'))!.routeTables.get(8080)!;
    const vhost = viewRoutes.virtualHosts.find((v) => v.service?.name === 'web')!;
    expect(vhost.routes.map((r) => [r.index, r.catchAllForClient])).toEqual([[0, true]]);
  });

  it('a VirtualService none of whose routes applies to a client is skipped for it (default route, not 404)', () => {
    const y = mesh + canary + `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {namespace: shop, name: canary-only}
spec:
  hosts: [web]
  http:
    - match: [{sourceLabels: {track: canary}}]
      route: [{destination: {host: web, subset: v1}}]
---
`;
    const s = load(y);
    onlyV1(spread(s, 'shop/canary', WEB, 50));
    const r = spread(s, 'shop/curl', WEB, 600);
    expect(r.status).toEqual({ 200: 600 });
    bothSubsets(r);
    expect(r.clusters).toEqual({ 'outbound|8080||web.shop.svc.cluster.local': 600 });
    expect(send(s, 'shop/curl', WEB).text).toContain('VirtualService shop/canary-only not applied: none of its http routes applies to this client');
  });
});
