/**
 * The engine issue's acceptance on the built-in scenarios: the seed's 10/90 split, the same
 * objects from a client without a sidecar, the gateway-only VirtualService, and the
 * DestinationRule-only consistent hash. Numbers come from `simulate` with the scenario's own
 * Traffic, as `itp simulate --requests 10000 --seed 1` runs it.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate, type Decision, type SimulationResult } from '../index.ts';
import { findScenario } from '../../scenarios/index.ts';
import { send, spread } from './harness.ts';

function scenario(id: string) {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return loadScenario(s.yaml);
}

function run(id: string, requests = 10_000, seed = 1, onDecision?: (d: Decision) => void): SimulationResult {
  const s = scenario(id);
  return simulate(s.mesh, { requests, seed, stream: s.stream, onDecision });
}

const share = (r: SimulationResult, prefix: string) => r.pods.filter((p) => p.name.startsWith(prefix)).reduce((n, p) => n + p.count, 0) / r.total;
const podsOf = (r: SimulationResult, prefix: string) => r.pods.filter((p) => p.name.startsWith(prefix));
const V1 = 'httpping-without-sidecar-v1-';
const V2 = 'httpping-without-sidecar-v2-';
const FQDN = 'httpping-without-sidecar.infra-jinsu-lab.svc.cluster.local';

describe('seed: a sidecar client splits 10/90 between subsets v1 and v2', () => {
  const r = run('seed');

  it('v1 pods get 10% ± 1.5 and v2 pods 90% ± 1.5 of 10000 requests (seed 1)', () => {
    expect(r.total).toBe(10_000);
    expect(r.status).toEqual({ 200: 10_000 });
    expect(Math.abs(share(r, V1) - 0.1)).toBeLessThan(0.015);
    expect(Math.abs(share(r, V2) - 0.9)).toBeLessThan(0.015);
    expect(Object.keys(r.clusters).sort()).toEqual([`outbound|8080|v1|${FQDN}`, `outbound|8080|v2|${FQDN}`]);
  });

  it('each pod gets close to a third of its subset', () => {
    for (const prefix of [V1, V2]) {
      const pods = podsOf(r, prefix);
      const total = pods.reduce((n, p) => n + p.count, 0);
      expect(pods).toHaveLength(3);
      for (const p of pods) expect(Math.abs(p.count / total - 1 / 3)).toBeLessThan(prefix === V1 ? 0.06 : 0.025);
    }
  });

  it('holds for other seeds too', () => {
    for (const seed of [2, 3, 12345]) expect(Math.abs(share(run('seed', 10_000, seed), V1) - 0.1)).toBeLessThan(0.015);
  });

  it('the trace names the VirtualService weight lines', () => {
    const t = send(scenario('seed'), 'infra-jinsu-lab/sleep', "curl -H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping");
    const yaml = findScenario('seed')!.yaml.split('\n');
    const pick = t.steps.find((x) => x.stage === 'weightedPick')!;
    expect(pick.ref?.kind).toBe('VirtualService');
    expect(yaml[pick.ref!.line - 1]).toMatch(/^\s*- destination:/);
    expect(t.text).toContain('VirtualService infra-jinsu-lab/httpping-without-sidecar applies (gateways include mesh)');
  });
});

describe('no-sidecar-client: the same objects, the client has no sidecar', () => {
  it('each of the 6 pods gets about 1/6: kube-proxy ignores the split', () => {
    const r = run('no-sidecar-client');
    expect(r.status).toEqual({ 200: 10_000 });
    const backends = podsOf(r, 'httpping-');
    expect(backends).toHaveLength(6);
    for (const p of backends) expect(Math.abs(p.count / r.total - 1 / 6)).toBeLessThan(0.02);
    expect(r.clusters).toEqual({});
  });
});

describe('gateway-only: a VirtualService bound only to an ingress Gateway', () => {
  it('mesh clients behave as if there were no VirtualService: the Service cluster, about 1/6 per pod', () => {
    const s = scenario('gateway-only');
    const r = spread(s, 'infra-jinsu-lab/sleep', 'curl http://httpping-without-sidecar.infra-jinsu-lab:8080/ping', 6000);
    expect(r.clusters).toEqual({ [`outbound|8080||${FQDN}`]: 6000 });
    expect(Object.keys(r.pods)).toHaveLength(6);
    for (const n of Object.values(r.pods)) expect(Math.abs(n / 6000 - 1 / 6)).toBeLessThan(0.02);
    expect(r.decisions.every((d) => d.virtualService === undefined)).toBe(true);
  });

  it('requests entering through the ingress gateway are split 10/90', () => {
    const s = scenario('gateway-only');
    const r = spread(s, 'istio-system/istio-ingressgateway', "curl -H 'Host: httpping.example.com' http://istio-ingressgateway.istio-system/ping", 10_000);
    expect(Math.abs(r.share(V1) - 0.1)).toBeLessThan(0.015);
    expect(r.decisions.every((d) => d.mode === 'gateway' && d.virtualService === 'infra-jinsu-lab/httpping-without-sidecar')).toBe(true);
  });
});

describe('consistent-hash: a DestinationRule alone, hashing header foo', () => {
  it('every request with foo: bar reaches the same pod, for any seed', () => {
    const pods = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 42, 2024]) {
      run('consistent-hash', 2000, seed, (d) => {
        if (d.hashKey === 'foo: bar') pods.add(d.pod!.name);
      });
    }
    expect(pods.size).toBe(1);
  });

  it('each foo value sticks to its pod; requests without the header spread over all pods', () => {
    const byKey = new Map<string, Set<string>>();
    const unkeyed = new Set<string>();
    run('consistent-hash', 10_000, 1, (d) => {
      expect(d.status).toBe(200);
      if (d.hashKey === undefined) unkeyed.add(d.pod!.name);
      else byKey.set(d.hashKey, (byKey.get(d.hashKey) ?? new Set()).add(d.pod!.name));
    });
    expect([...byKey.keys()].sort()).toEqual(['foo: alice', 'foo: bar', 'foo: baz', 'foo: bob', 'foo: qux']);
    for (const pods of byKey.values()) expect(pods.size).toBe(1);
    expect(unkeyed.size).toBe(6);
  });
});

describe('simulate is deterministic', () => {
  it('the same seed gives identical output, on a fresh load and on the same compiled mesh', () => {
    for (const id of ['seed', 'consistent-hash', 'gateway-only', 'no-sidecar-client']) {
      const a = run(id, 3000, 7);
      expect(run(id, 3000, 7)).toEqual(a);
      const s = scenario(id);
      const first = simulate(s.mesh, { requests: 3000, seed: 7, stream: s.stream });
      expect(simulate(s.mesh, { requests: 3000, seed: 7, stream: s.stream })).toEqual(first);
      expect(first).toEqual(a);
    }
  });

  it('also with ROUND_ROBIN and IPVS state (reset between runs)', () => {
    const yaml = findScenario('seed')!.yaml.replace('  subsets:\n', '  trafficPolicy:\n    loadBalancer: {simple: ROUND_ROBIN}\n  subsets:\n');
    const s = loadScenario(yaml);
    expect(s.model.destinationRules[0].spec.trafficPolicy?.loadBalancer?.simple).toBe('ROUND_ROBIN');
    expect(simulate(s.mesh, { requests: 101, seed: 3, stream: s.stream })).toEqual(simulate(s.mesh, { requests: 101, seed: 3, stream: s.stream }));
    const ipvs = loadScenario(findScenario('no-sidecar-client')!.yaml, { kubeProxyMode: 'ipvs' });
    expect(simulate(ipvs.mesh, { requests: 7, seed: 3, stream: ipvs.stream })).toEqual(simulate(ipvs.mesh, { requests: 7, seed: 3, stream: ipvs.stream }));
  });

  it('different seeds give different samples', () => {
    expect(run('seed', 3000, 1)).not.toEqual(run('seed', 3000, 2));
  });
});
