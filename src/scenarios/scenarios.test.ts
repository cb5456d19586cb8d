import { describe, expect, it } from 'vitest';
import { buildModel } from '../engine/model/buildModel.ts';
import { lineOf } from '../engine/model/resource.ts';
import { parseScenario } from '../engine/parse/parseScenario.ts';
import { findScenario, scenarios } from './index.ts';

function load(id: string) {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  const parsed = parseScenario(s.yaml);
  const built = buildModel(parsed.resources);
  return { ...built, resources: parsed.resources, diagnostics: [...parsed.diagnostics, ...built.diagnostics] };
}

describe('built-in scenarios', () => {
  it('have unique ids, a title and a one-paragraph description', () => {
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    expect(scenarios[0].id).toBe('seed');
    for (const s of scenarios) {
      expect(s.title).not.toBe('');
      expect(s.description).not.toContain('\n');
      expect(s.description.length).toBeGreaterThan(80);
    }
  });

  it.each(scenarios.map((s) => s.id))('%s parses and builds without diagnostics', (id) => {
    const { diagnostics, model } = load(id);
    expect(diagnostics).toEqual([]);
    expect(model.traffic.length).toBeGreaterThan(0);
  });
});

describe('seed', () => {
  const { model, resources } = load('seed');

  it('has the six httpping pods without sidecars and one sleep pod with one', () => {
    expect(model.pods).toHaveLength(7);
    const httpping = model.pods.filter((p) => p.labels.app === 'httpping-without-sidecar');
    expect(httpping).toHaveLength(6);
    expect(httpping.every((p) => !p.hasSidecar)).toBe(true);
    expect(httpping.filter((p) => p.labels.version === 'v1')).toHaveLength(3);
    const sleep = model.pods.filter((p) => p.deployment === 'sleep');
    expect(sleep).toHaveLength(1);
    expect(sleep[0].hasSidecar).toBe(true);
  });

  it('declares the blog post objects', () => {
    expect(model.namespaces.get('infra-jinsu-lab')).toMatchObject({ declared: true, labels: {} });
    expect(model.services).toHaveLength(1);
    expect(model.services[0]).toMatchObject({
      name: 'httpping-without-sidecar',
      ports: [{ name: 'http', port: 8080, targetPort: 80, protocol: 'TCP' }],
    });
    expect(model.destinationRules[0]).toMatchObject({
      name: 'httpping-without-sidecar-destination',
      host: 'httpping-without-sidecar.infra-jinsu-lab.svc.cluster.local',
    });
    expect(model.destinationRules[0].spec.subsets?.map((s) => s.name)).toEqual(['v1', 'v2']);
    const [vs] = model.virtualServices;
    expect(vs).toMatchObject({ gateways: ['mesh'], hosts: ['httpping-without-sidecar.infra-jinsu-lab.svc.cluster.local'] });
    expect(vs.spec.http?.[0].route?.map((r) => [r.destination.subset, r.weight])).toEqual([
      ['v1', 10],
      ['v2', 90],
    ]);
    expect(model.traffic[0]).toMatchObject({
      name: 'curl-loop',
      from: 'infra-jinsu-lab/sleep',
      rate: 20,
      requests: [{ curl: "curl -H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping" }],
    });
  });

  it('points each weight at its own line', () => {
    const vs = resources.find((r) => r.kind === 'VirtualService');
    if (!vs) throw new Error('no VirtualService');
    const lines = findScenario('seed')?.yaml.split('\n') ?? [];
    expect(lines[lineOf(vs, ['spec', 'http', 0, 'route', 0, 'weight']) - 1].trim()).toBe('weight: 10');
    expect(lines[lineOf(vs, ['spec', 'http', 0, 'route', 1, 'weight']) - 1].trim()).toBe('weight: 90');
  });
});

describe('no-sidecar-client', () => {
  it('has a client without sidecar', () => {
    const { model } = load('no-sidecar-client');
    expect(model.pods).toHaveLength(7);
    expect(model.pods.some((p) => p.hasSidecar)).toBe(false);
    expect(model.virtualServices).toHaveLength(1);
  });
});

describe('gateway-only', () => {
  it('binds the VirtualService to the ingress gateway only', () => {
    const { model } = load('gateway-only');
    expect(model.virtualServices[0].gateways).toEqual(['infra-jinsu-lab/httpping-gateway']);
    expect(model.gateways.map((g) => `${g.namespace}/${g.name}`)).toEqual(['infra-jinsu-lab/httpping-gateway']);
    const gw = model.pods.filter((p) => p.isIngressGateway);
    expect(gw.map((p) => [p.namespace, p.deployment, p.hasSidecar])).toEqual([['istio-system', 'istio-ingressgateway', false]]);
    expect(model.pods.find((p) => p.deployment === 'sleep')?.hasSidecar).toBe(true);
    expect(model.traffic.map((t) => t.from)).toEqual(['istio-system/istio-ingressgateway', 'infra-jinsu-lab/sleep']);
  });
});

describe('consistent-hash', () => {
  it('has a DestinationRule hashing on foo and no VirtualService', () => {
    const { model } = load('consistent-hash');
    expect(model.virtualServices).toEqual([]);
    expect(model.destinationRules[0].spec.trafficPolicy?.loadBalancer?.consistentHash?.httpHeaderName).toBe('foo');
    const [t] = model.traffic;
    expect(t.requests.map((r) => [r.weight, r.headers])).toEqual([
      [4, { foo: ['bar', 'baz', 'qux', 'alice', 'bob'] }],
      [1, {}],
    ]);
  });
});
