// Expected shares of requests without a hash key on ring-hash and Maglev clusters, checked
// against the engine's own bit-exact tables by simulation. Envoy: a request whose hash policy
// yields no hash is hashed with a random value,
// source/extensions/load_balancing_policies/common/thread_aware_lb_impl.cc
// ThreadAwareLoadBalancerBase::LoadBalancerImpl::chooseHost (`const uint64_t h = hash ?
// hash.value() : random_.random();`); ring_hash_lb.cc Ring::chooseHost takes the first point
// >= h, maglev_lb.cc OriginalMaglevTable::chooseHost table[h % M]. So a pod's odds are its share
// of the hash space, not 1/N: with a small ring or table that difference is large.
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate } from '../index.ts';
import { describeTopology } from './describeTopology.ts';
import { expectedShares, type ObservedCounts } from './expectedShares.ts';
import { clusterId, podId } from './ids.ts';

const REQUESTS = 24_000;

function scenario(consistentHash: string, requests: string): string {
  const pods = [1, 2, 3, 4].map((i) => `apiVersion: v1
kind: Pod
metadata: {name: web-${i}, namespace: shop, labels: {app: web}}
---
`).join('');
  return `apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {istio-injection: enabled}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec: {selector: {app: web}, ports: [{name: http, port: 8080, targetPort: 80}]}
---
${pods}apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: shop}
spec:
  host: web
  trafficPolicy: {loadBalancer: {consistentHash: ${consistentHash}}}
---
apiVersion: playground/v1
kind: Traffic
metadata: {name: load, namespace: shop}
spec:
  from: client
  requests:
${requests}`;
}

const KEYLESS = '  - curl: "curl http://web:8080/"\n';
const CLUSTER = 'outbound|8080||web.shop.svc.cluster.local';

/** Simulates the scenario and counts what the worker's stats accumulator counts. */
function run(yaml: string) {
  const loaded = loadScenario(yaml);
  const topology = describeTopology(loaded);
  const cid = clusterId(CLUSTER);
  const counts: ObservedCounts = { total: 0, byEdge: {}, byCluster: {}, byPod: {}, hashKeys: {}, byHashKey: {} };
  let keyless = 0;
  simulate(loaded.mesh, {
    requests: REQUESTS,
    seed: 20240611,
    onDecision: (d) => {
      expect(d.cluster).toBe(CLUSTER);
      const pid = podId(CLUSTER, d.pod!.namespace, d.pod!.name);
      counts.total++;
      counts.byCluster[cid] = (counts.byCluster[cid] ?? 0) + 1;
      counts.byPod[pid] = (counts.byPod[pid] ?? 0) + 1;
      if (d.hashKey === undefined) keyless++;
      else {
        const reached = (counts.hashKeys[d.hashKey] ??= []);
        if (!reached.includes(pid)) reached.push(pid);
        const perKey = (counts.byHashKey[cid] ??= {});
        perKey[d.hashKey] = (perKey[d.hashKey] ?? 0) + 1;
      }
    },
  });
  const cluster = topology.clusters.find((c) => c.id === cid)!;
  return { cluster, counts, keyless, shares: expectedShares(topology, counts) };
}

/**
 * Every pod's observed count lies within 4 binomial standard deviations of the expectation:
 * the keyless requests are `keyless` independent draws with the pod's hash-space share p
 * (σ = sqrt(keyless · p · (1 − p))); keyed requests are deterministic. And the old 1/N
 * expectation is rejected for at least one pod (more than 6 σ off), so the test can tell.
 */
function expectMatchesSimulation({ cluster, counts, keyless, shares }: ReturnType<typeof run>) {
  const space = cluster.hashSpace!;
  expect(Object.keys(space).sort()).toEqual([...cluster.podIds].sort());
  expect(Object.values(space).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  let uniformRejected = false;
  for (const id of cluster.podIds) {
    const p = space[id];
    const sigma = Math.sqrt(keyless * p * (1 - p));
    const observed = counts.byPod[id] ?? 0;
    expect(shares.pods[id].observed).toBe(observed);
    expect(Math.abs(observed - shares.pods[id].expected), `${id}: observed ${observed}, expected ${shares.pods[id].expected.toFixed(1)} ± ${sigma.toFixed(1)}`).toBeLessThan(4 * sigma);
    const keyed = shares.pods[id].expected - keyless * p;
    if (Math.abs(observed - (keyed + keyless / cluster.podIds.length)) > 6 * sigma) uniformRejected = true;
  }
  expect(uniformRejected).toBe(true);
  const sum = cluster.podIds.reduce((s, id) => s + shares.pods[id].expected, 0);
  expect(sum).toBeCloseTo(counts.total, 6);
}

describe('expected shares of requests without a hash key follow the hash table', () => {
  it('ring hash, minimum ring 8 (two points per pod): shares are the ring arcs', () => {
    const r = run(scenario('{httpHeaderName: x-user, ringHash: {minimumRingSize: 8}}', KEYLESS));
    expect(r.keyless).toBe(REQUESTS);
    const shares = Object.values(r.cluster.hashSpace!);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.1); // visibly uneven
    expectMatchesSimulation(r);
  });

  it('Maglev, table size 13 (entries 4/3/3/3): shares are table entries / 13', () => {
    const r = run(scenario('{httpHeaderName: x-user, maglev: {tableSize: 13}}', KEYLESS));
    expect(r.keyless).toBe(REQUESTS);
    expect(Object.values(r.cluster.hashSpace!).map((s) => Math.round(s * 13)).sort()).toEqual([3, 3, 3, 4]);
    expectMatchesSimulation(r);
  });

  it('keyed requests stay on their key\'s pod; only the keyless ones follow the table', () => {
    const keyed = '  - curl: "curl http://web:8080/"\n    headers: {x-user: [alice, bob, carol]}\n';
    const r = run(scenario('{httpHeaderName: x-user, ringHash: {minimumRingSize: 8}}', keyed + KEYLESS));
    expect(r.keyless).toBeGreaterThan(REQUESTS * 0.45);
    // Each key reached exactly one pod, and all of its requests are expected there.
    for (const [label, pods] of Object.entries(r.counts.hashKeys)) {
      expect(pods, label).toHaveLength(1);
    }
    expect(Object.keys(r.counts.hashKeys).sort()).toEqual(['x-user: alice', 'x-user: bob', 'x-user: carol']);
    expectMatchesSimulation(r);
  });
});
