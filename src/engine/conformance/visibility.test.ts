/**
 * DESIGN.md rules 4-6 (client side): short-name expansion, exportTo visibility and first-wins,
 * per-client match conditions. Scenario pieces: fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { client, deployment, lineOf, load, namespace, send, service, spread, subsetsRule, webBackend } from './harness.ts';
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
