/**
 * DESIGN.md rule 13: the load balancers, and consistent hashing bit-exact with Envoy (the ring
 * and Maglev picks are recomputed here from the lb primitives). Scenario pieces: fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildMaglevTable, buildRingHash, pickMaglevHost, pickRingHashHost, xxh64 } from '../route/lb/index.ts';
import { clientPod, load, send, spread } from './harness.ts';
import { FQDN, WEB, base, clusterFor, normal, rule } from './fixtures.ts';

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
