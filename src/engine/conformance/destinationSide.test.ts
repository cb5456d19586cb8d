/**
 * DESIGN.md rules 11, 12 and 14 (destination side): subsets and their failures, which
 * DestinationRule a client uses and how its policies combine, endpoint addresses. Rule 13
 * (load balancers) is in loadBalancers.test.ts. Scenario pieces: fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { deployment, load, namespace, send, service, spread, subsetsRule, client } from './harness.ts';
import { FQDN, WEB, base, clusterFor, normal, rule, swapped, toSubset } from './fixtures.ts';

const onlyPods = (s: ReturnType<typeof load>, from: string, prefix: string, curl = WEB) => expect(spread(s, from, curl, 60).share(prefix)).toBe(1);

// istio.io/latest/docs/ops/common-problems/network-issues/#503-errors-after-setting-destination-rule;
// envoy StreamInfo response flags NC (NoClusterFound) / UH (NoHealthyUpstream);
// istio pilot/pkg/networking/core/cluster_builder.go buildSubsetCluster (subset = endpoints with the labels).
describe('rule 11: a subset is the Service endpoints with its labels; missing -> 503 NC, empty -> 503 UH', () => {
  it('a subset no DestinationRule defines: 503 NC', () => {
    const t = send(load(base + subsetsRule() + toSubset('v3')), 'front/app', WEB);
    expect(t.decision).toMatchObject({ status: 503, flags: ['NC'], cluster: `outbound|8080|v3|${FQDN}` });
    expect(t.text).toContain(`subset v3 is not defined by any DestinationRule for ${FQDN}`);
  });

  it('a subset without a visible DestinationRule (exportTo ".") is missing for other namespaces', () => {
    const s = load(base + rule('private', 'shop', 'web', '  exportTo: ["."]\n' + normal) + toSubset('v1'));
    expect(send(s, 'front/app', WEB).decision).toMatchObject({ status: 503, flags: ['NC'] });
    onlyPods(s, 'shop/curl', 'web-v1-');
  });

  it('a subset whose labels select no pod: 503 UH', () => {
    const y = base + rule('subsets', 'shop', 'web', '  subsets:\n    - name: v3\n      labels: {version: v3}\n') + toSubset('v3');
    const t = send(load(y), 'front/app', WEB);
    expect(t.decision).toMatchObject({ status: 503, flags: ['UH'], cluster: `outbound|8080|v3|${FQDN}` });
    expect(t.text).toContain('0 ready endpoints');
  });

  it('a subset whose pods are all killed: 503 UH; the Service default route still reaches the others', () => {
    const y = namespace('shop') + namespace('front') + service('web', { ns: 'shop' }) + client('app', 'front') +
      deployment('web-v1', { ns: 'shop', labels: { app: 'web', version: 'v1' }, replicas: 3, killed: 'true' }) +
      deployment('web-v2', { ns: 'shop', labels: { app: 'web', version: 'v2' }, replicas: 3 }) + subsetsRule();
    const s = load(y + toSubset('v1'));
    expect(send(s, 'front/app', WEB).decision).toMatchObject({ status: 503, flags: ['UH'] });
    onlyPods(load(y), 'front/app', 'web-v2-');
  });
});

// istio pilot/pkg/model/push_context.go PushContext.destinationRule (proxy namespace, then the
// service namespace, then the root namespace) and setDestinationRules; destination_rule.go
// mergeDestinationRule (subsets appended, first top-level trafficPolicy kept);
// pilot/pkg/networking/util/util.go MergeSubsetTrafficPolicy + model.MergeTrafficPolicy;
// istio.io/latest/docs/reference/config/networking/destination-rule/#TrafficPolicy-PortTrafficPolicy.
describe('rule 12: which DestinationRule applies, and how its policies combine', () => {
  it("the client's namespace first", () => {
    const s = load(base + subsetsRule() + rule('front-view', 'front', FQDN, swapped) + toSubset('v1'));
    onlyPods(s, 'front/app', 'web-v2-');
    onlyPods(s, 'shop/curl', 'web-v1-');
    expect(send(s, 'front/app', WEB).text).toContain("DestinationRule front-view found in the client's namespace (front)");
  });

  it("then the Service's namespace, before the root namespace", () => {
    const s = load(base + namespace('istio-system') + rule('mesh-wide', 'istio-system', FQDN, swapped) + subsetsRule() + toSubset('v1'));
    onlyPods(s, 'front/app', 'web-v1-');
    expect(send(s, 'front/app', WEB).text).toContain("DestinationRule web-subsets found in the Service's namespace (shop)");
  });

  it('then the root namespace istio-system', () => {
    const s = load(base + namespace('istio-system') + rule('mesh-wide', 'istio-system', FQDN, swapped) + toSubset('v1'));
    onlyPods(s, 'front/app', 'web-v2-');
    expect(send(s, 'front/app', WEB).text).toContain('found in the root namespace istio-system');
  });

  it('within a namespace an exact host beats a wildcard one', () => {
    const s = load(base + rule('wild', 'shop', '"*.shop.svc.cluster.local"', swapped) + subsetsRule() + toSubset('v1'));
    onlyPods(s, 'front/app', 'web-v1-');
  });

  it('rules for one host in one namespace merge their subsets; the oldest top-level policy wins', () => {
    const y = base +
      rule('first', 'shop', 'web', '  trafficPolicy:\n    loadBalancer: {simple: ROUND_ROBIN}\n  subsets:\n    - name: v1\n      labels: {version: v1}\n') +
      rule('second', 'shop', 'web', '  trafficPolicy:\n    loadBalancer: {simple: RANDOM}\n  subsets:\n    - name: v2\n      labels: {version: v2}\n') +
      toSubset('v2');
    const s = load(y);
    onlyPods(s, 'front/app', 'web-v2-');
    expect(clusterFor(s, 'front/app', `outbound|8080|v2|${FQDN}`).policy.kind).toBe('ROUND_ROBIN');
    expect(send(s, 'front/app', WEB).text).toContain('DestinationRule first + second found in the Service\'s namespace (shop); same-namespace rules merged');
  });

  it("a subset's trafficPolicy overrides the top-level one field by field", () => {
    const y = base + rule('subsets', 'shop', 'web', `  trafficPolicy:
    loadBalancer: {simple: ROUND_ROBIN}
    connectionPool: {http: {http1MaxPendingRequests: 7}}
  subsets:
    - name: v1
      labels: {version: v1}
      trafficPolicy:
        loadBalancer: {simple: RANDOM}
    - name: v2
      labels: {version: v2}
`);
    const s = load(y);
    const v1 = clusterFor(s, 'front/app', `outbound|8080|v1|${FQDN}`);
    expect(v1.policy.kind).toBe('RANDOM');
    expect(v1.trafficPolicy?.connectionPool).toEqual({ http: { http1MaxPendingRequests: 7 } });
    expect(clusterFor(s, 'front/app', `outbound|8080|v2|${FQDN}`).policy.kind).toBe('ROUND_ROBIN');
  });

  it('portLevelSettings replace the policy for that port (nothing inherited)', () => {
    const y = namespace('shop') + namespace('front') + client('app', 'front') +
      service('web', { ns: 'shop', ports: [[8080, 80, 'http'], [9090, 80, 'http-admin']] }) +
      deployment('web-v1', { ns: 'shop', labels: { app: 'web', version: 'v1' }, replicas: 3 }) +
      rule('ports', 'shop', 'web', `  trafficPolicy:
    loadBalancer:
      consistentHash: {httpHeaderName: foo}
    connectionPool: {tcp: {maxConnections: 5}}
    portLevelSettings:
      - port: {number: 9090}
        loadBalancer: {simple: ROUND_ROBIN}
`);
    const s = load(y);
    const p8080 = clusterFor(s, 'front/app', `outbound|8080||${FQDN}`);
    const p9090 = clusterFor(s, 'front/app', `outbound|9090||${FQDN}`);
    expect([p8080.policy.kind, p9090.policy.kind]).toEqual(['RING_HASH', 'ROUND_ROBIN']);
    expect(p8080.trafficPolicy?.connectionPool).toEqual({ tcp: { maxConnections: 5 } });
    expect(p9090.trafficPolicy?.connectionPool).toBeUndefined();
    // The 8080 route still hashes foo; on 9090 the round robin ignores the (inherited) hash policy.
    expect(new Set(spread(s, 'front/app', "curl -H 'foo: x' http://web.shop:8080/", 30).decisions.map((d) => d.pod!.name)).size).toBe(1);
    expect(new Set(spread(s, 'front/app', "curl -H 'foo: x' http://web.shop:9090/", 30).decisions.map((d) => d.pod!.name)).size).toBe(3);
  });

  it('a DestinationRule works without any VirtualService (default route to the Service cluster)', () => {
    const s = load(base + rule('hash', 'shop', 'web', '  trafficPolicy:\n    loadBalancer:\n      consistentHash: {httpHeaderName: foo}\n'));
    const t = send(s, 'front/app', "curl -H 'foo: bar' http://web.shop:8080/");
    expect(t.decision).toMatchObject({ status: 200, cluster: `outbound|8080||${FQDN}`, hashKey: 'foo: bar' });
    expect(t.text).toContain('no VirtualService for this host: default route');
    expect(t.text).toContain('RING_HASH on header foo');
  });
});

// kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports (targetPort may be
// a container port name, resolved per pod); Envoy endpoint = pod IP : targetPort (istio
// pilot/pkg/serviceregistry/kube/controller/endpointslice.go reads the EndpointSlice ports).
describe('rule 14: an endpoint is pod IP : targetPort, named targetPorts resolve per pod', () => {
  const y = namespace('shop') + namespace('front') + client('app', 'front') + client('plain', 'front', false) +
    service('web', { ns: 'shop', ports: [[8080, 'web-port', 'http']] }) +
    deployment('web-v1', { ns: 'shop', labels: { app: 'web', version: 'v1' }, containerPorts: [[8081, 'web-port']] }) +
    deployment('web-v2', { ns: 'shop', labels: { app: 'web', version: 'v2' }, containerPorts: [[9000, 'web-port']] }) +
    deployment('web-v3', { ns: 'shop', labels: { app: 'web', version: 'v3' }, containerPorts: [[7000, 'other']] });

  it('each pod answers on the port its container names', () => {
    const s = load(y);
    const r = spread(s, 'front/app', WEB, 200);
    const ports = new Map(r.decisions.map((d) => [d.pod!.name.split('-')[1], d.podPort]));
    expect(Object.fromEntries(ports)).toEqual({ v1: 8081, v2: 9000 });
    const t = send(s, 'front/app', WEB);
    expect(t.text).toContain(`200 from ${t.pod} ${t.decision.pod!.ip}:${t.decision.podPort}`);
    const c = clusterFor(s, 'front/app', `outbound|8080||${FQDN}`);
    expect(c.endpoints.map((e) => e.address)).toEqual(c.endpoints.map((e) => `${e.pod.ip}:${e.pod.name.includes('-v1-') ? 8081 : 9000}`));
  });

  it('a pod without that container port name is no endpoint; kube-proxy resolves the same way', () => {
    const s = load(y);
    expect(spread(s, 'front/app', WEB, 200).share('web-v3-')).toBe(0);
    const r = spread(s, 'front/plain', WEB, 200);
    expect(r.share('web-v3-')).toBe(0);
    expect(new Set(r.decisions.map((d) => d.podPort))).toEqual(new Set([8081, 9000]));
  });

  it('a numeric targetPort is used as is', () => {
    const s = load(base);
    const d = send(s, 'front/app', WEB).decision;
    expect(d.podPort).toBe(80);
    expect(clusterFor(s, 'front/app', `outbound|8080||${FQDN}`).endpoints.every((e) => e.address === `${e.pod.ip}:80`)).toBe(true);
  });
});
