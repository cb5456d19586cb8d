/**
 * DESIGN.md rules 11-14 (destination side): subsets and their failures, which DestinationRule
 * a client uses and how its policies combine, the load balancers, endpoint addresses.
 * Clients: `shop/curl` and `front/app` (sidecars) calling Service `web` in `shop`.
 */
import { describe, expect, it } from 'vitest';
import { getClientView, getCluster } from '../index.ts';
import { buildMaglevTable, buildRingHash, pickMaglevHost, pickRingHashHost, xxh64 } from '../route/lb/index.ts';
import { client, clientPod, deployment, load, namespace, send, service, spread, subsetsRule, webBackend } from './harness.ts';

const base = namespace('shop') + namespace('front') + webBackend('shop') + client('curl', 'shop') + client('app', 'front');
const WEB = 'curl http://web.shop:8080/';
const FQDN = 'web.shop.svc.cluster.local';

function toSubset(subset: string, name = 'to-subset'): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {namespace: shop, name: ${name}}
spec:
  hosts: [web]
  http:
    - route: [{destination: {host: web, subset: ${subset}}}]
---
`;
}

/** A DestinationRule in `ns` for `host` whose spec body (after host) is `body`, indented by 2. */
function rule(name: string, ns: string, host: string, body: string, meta = ''): string {
  return `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: ${ns}
  name: ${name}
${meta}spec:
  host: ${host}
${body}---
`;
}

/** Subsets v1/v2 with their labels swapped: shows which rule a client used. */
const swapped = '  subsets:\n    - name: v1\n      labels: {version: v2}\n    - name: v2\n      labels: {version: v1}\n';
const normal = '  subsets:\n    - name: v1\n      labels: {version: v1}\n    - name: v2\n      labels: {version: v2}\n';

function clusterFor(s: ReturnType<typeof load>, from: string, name: string) {
  const c = getCluster(s.mesh, getClientView(s.mesh, clientPod(s, from)), name);
  if (!c) throw new Error(`no cluster ${name}`);
  return c;
}

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

const withPolicy = (lb: string, extraDocs = '') => load(base + rule('lb', 'shop', 'web', `  trafficPolicy:\n    loadBalancer:\n${lb}`) + extraDocs);
const distinctPods = (s: ReturnType<typeof load>, curl: string, n = 200, seed = 1, from = 'front/app') =>
  new Set(spread(s, from, curl, n, seed).decisions.map((d) => d.pod!.name));

// istio pilot/pkg/networking/core/cluster_traffic_policy.go applyLoadBalancer (no DR ->
// LEAST_REQUEST, consistentHash -> RING_HASH minimum 1024 or MAGLEV); route.go
// ConsistentHashToHashPolicy / HashForHTTPDestination; envoy source/common/http/hash_policy.cc
// (HashPolicyImpl::generateHash: rotl(hash,1) ^ next; cookie generated only with a ttl);
// source/extensions/load_balancing_policies/ring_hash and maglev (no hash -> random).
describe('rule 13: load balancers', () => {
  it('default LEAST_REQUEST, close to uniform with short requests', () => {
    const s = load(base);
    const r = spread(s, 'front/app', WEB, 6000);
    expect(Object.keys(r.pods)).toHaveLength(6);
    for (const n of Object.values(r.pods)) expect(n / 6000).toBeCloseTo(1 / 6, 1);
    expect(send(s, 'front/app', WEB).text).toContain('LEAST_REQUEST (power of two choices');
    expect(clusterFor(s, 'front/app', `outbound|8080||${FQDN}`).policy.kind).toBe('LEAST_REQUEST');
  });

  it('ROUND_ROBIN rotates through every pod in turn', () => {
    const pods = spread(withPolicy('      simple: ROUND_ROBIN\n'), 'front/app', WEB, 18).decisions.map((d) => d.pod!.name);
    expect(new Set(pods.slice(0, 6)).size).toBe(6);
    expect(pods.slice(6, 12)).toEqual(pods.slice(0, 6));
    expect(pods.slice(12)).toEqual(pods.slice(0, 6));
  });

  it('RANDOM spreads uniformly', () => {
    const r = spread(withPolicy('      simple: RANDOM\n'), 'front/app', WEB, 6000);
    for (const n of Object.values(r.pods)) expect(n / 6000).toBeCloseTo(1 / 6, 1);
  });

  it('consistentHash on a header: one pod per value for any seed; no header -> spread', () => {
    const s = withPolicy('      consistentHash: {httpHeaderName: foo}\n');
    const pods = new Set([1, 2, 3, 99].flatMap((seed) => [...distinctPods(s, "curl -H 'foo: bar' http://web.shop:8080/", 50, seed)]));
    expect(pods.size).toBe(1);
    const values = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map((v) => send(s, 'front/app', `curl -H 'foo: ${v}' http://web.shop:8080/`).pod);
    expect(new Set(values).size).toBeGreaterThan(2);
    expect(distinctPods(s, WEB, 300).size).toBe(6);
    expect(send(s, 'front/app', WEB).text).toContain('the request has no hash key, so Envoy hashes a random value');
  });

  it('the ring is Envoy\'s: the pod equals the ring-hash pick for xxh64("bar") over ip:port keys', () => {
    const s = withPolicy('      consistentHash: {httpHeaderName: foo}\n');
    const c = clusterFor(s, 'front/app', `outbound|8080||${FQDN}`);
    const ring = buildRingHash(c.endpoints.map((e) => ({ key: e.address, weight: 1 })), 1024);
    const expected = c.endpoints[pickRingHashHost(ring, xxh64('bar'))].pod.name;
    const t = send(s, 'front/app', "curl -H 'foo: bar' http://web.shop:8080/");
    expect(t.pod).toBe(expected);
    expect(t.text).toContain(`xxh64(foo: bar) = ${xxh64('bar')}`);
  });

  it('httpCookie with ttl: an absent cookie is generated (Set-Cookie); a sent cookie sticks', () => {
    const s = withPolicy('      consistentHash:\n        httpCookie: {name: session, ttl: 60s}\n');
    const t = send(s, 'front/app', WEB);
    expect(t.text).toMatch(/cookie session is absent: Envoy generates [0-9a-f]{16} and answers Set-Cookie: session="[0-9a-f]{16}"; Max-Age=60; HttpOnly/);
    expect(distinctPods(s, WEB, 300).size).toBeGreaterThan(3);
    expect(distinctPods(s, "curl -b 'session=abc' http://web.shop:8080/", 100).size).toBe(1);
  });

  it('httpCookie without ttl: no cookie means no key, a random pod', () => {
    const s = withPolicy('      consistentHash:\n        httpCookie: {name: session}\n');
    expect(send(s, 'front/app', WEB).text).toContain('no hash key');
    expect(distinctPods(s, WEB, 300).size).toBe(6);
    expect(distinctPods(s, "curl -H 'Cookie: session=abc' http://web.shop:8080/", 100).size).toBe(1);
  });

  it('useSourceIp: every request of one client lands on one pod', () => {
    const s = withPolicy('      consistentHash: {useSourceIp: true}\n');
    expect(distinctPods(s, WEB, 200).size).toBe(1);
    expect(send(s, 'front/app', WEB).decision.hashKey).toBe(`source IP ${clientPod(s, 'front/app').ip}`);
  });

  it('httpQueryParameterName: one pod per value', () => {
    const s = withPolicy('      consistentHash: {httpQueryParameterName: user}\n');
    expect(distinctPods(s, "curl 'http://web.shop:8080/?user=alice'", 100).size).toBe(1);
    expect(send(s, 'front/app', "curl 'http://web.shop:8080/?user=alice'").decision.hashKey).toBe('?user=alice');
    expect(distinctPods(s, WEB, 300).size).toBe(6);
  });

  it('ringHash (with its minimum ring size) vs maglev (table size 65537 by default)', () => {
    const ring = withPolicy('      consistentHash:\n        httpHeaderName: foo\n        ringHash: {minimumRingSize: 12}\n');
    expect(clusterFor(ring, 'front/app', `outbound|8080||${FQDN}`).policy).toMatchObject({ kind: 'RING_HASH', ringSize: 12 });
    expect(send(ring, 'front/app', "curl -H 'foo: bar' http://web.shop:8080/").text).toContain('ring of 12 points');
    const mag = withPolicy('      consistentHash:\n        httpHeaderName: foo\n        maglev: {}\n');
    const c = clusterFor(mag, 'front/app', `outbound|8080||${FQDN}`);
    expect(c.policy).toMatchObject({ kind: 'MAGLEV', tableSize: 65537 });
    const table = buildMaglevTable(c.endpoints.map((e) => ({ key: e.address, weight: 1 })), 65537);
    const t = send(mag, 'front/app', "curl -H 'foo: bar' http://web.shop:8080/");
    expect(t.pod).toBe(c.endpoints[pickMaglevHost(table, xxh64('bar'))].pod.name);
    expect(t.text).toContain(`table slot ${xxh64('bar') % 65537n} of 65537`);
  });

  it('a VirtualService splitting two hashing subsets hashes the key once per destination (Envoy combines route hash policies)', () => {
    const y = base + rule('subsets', 'shop', 'web', '  trafficPolicy:\n    loadBalancer:\n      consistentHash: {httpHeaderName: foo}\n' + normal) +
      `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {namespace: shop, name: split}
spec:
  hosts: [web]
  http:
    - route:
        - destination: {host: web, subset: v1}
          weight: 50
        - destination: {host: web, subset: v2}
          weight: 50
---
`;
    const s = load(y);
    const h = xxh64('bar');
    const combined = (((h << 1n) | (h >> 63n)) & 0xffffffffffffffffn) ^ h;
    for (const subset of ['v1', 'v2']) {
      const c = clusterFor(s, 'front/app', `outbound|8080|${subset}|${FQDN}`);
      const ring = buildRingHash(c.endpoints.map((e) => ({ key: e.address, weight: 1 })), 1024);
      const expected = c.endpoints[pickRingHashHost(ring, combined)].pod.name;
      const seen = spread(s, 'front/app', "curl -H 'foo: bar' http://web.shop:8080/", 200).decisions.filter((d) => d.subset === subset).map((d) => d.pod!.name);
      expect(new Set(seen)).toEqual(new Set([expected]));
    }
    expect(send(s, 'front/app', "curl -H 'foo: bar' http://web.shop:8080/").text).toContain(`rotl(xxh64(foo: bar), 1) ^ xxh64(foo: bar) = ${combined}`);
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
