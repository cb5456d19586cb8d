import { describe, expect, it } from 'vitest';
import { loadScenario } from '../index.ts';
import { scenarios } from '../../scenarios/index.ts';
import { generateLargeMesh } from '../../scenarios/generateLargeMesh.ts';
import { captionServiceIds, describeCaption } from './describeCaption.ts';
import { describeTopology } from './describeTopology.ts';

function caption(id: string): string {
  const yaml = scenarios.find((s) => s.id === id)!.yaml;
  return describeCaption(describeTopology(loadScenario(yaml)))
    .map((p) => (p.code ? `\`${p.text}\`` : p.line !== undefined ? `[${p.text}]` : p.text))
    .join('');
}

describe('describeCaption', () => {
  it('explains each built-in scenario in one line with YAML links', () => {
    expect(caption('seed')).toBe(
      'Client `sleep` has a sidecar, so VirtualService `httpping-without-sidecar` ([line 97]) splits 10/90 between ' +
        'subsets v1 and v2 of DestinationRule `httpping-without-sidecar-destination` ([line 77]).',
    );
    expect(caption('no-sidecar-client')).toMatch(/^Client `sleep` has no sidecar: kube-proxy spreads requests over all 6 pods of `httpping-without-sidecar`; VirtualService `httpping-without-sidecar` \(\[line \d+\]\) is ignored\.$/);
    expect(caption('consistent-hash')).toMatch(/DestinationRule `httpping-without-sidecar-destination` \(\[line \d+\]\) hashes header foo: each value sticks to one pod\.$/);
    expect(caption('gateway-only')).toMatch(/Client `sleep` has a sidecar, but VirtualService `httpping-without-sidecar` \(\[line \d+\]\) is gateway-only, so it is ignored/);
  });

  it('names the busiest Service a client calls (what a large mesh draws first), with its own VirtualService', () => {
    const yaml = generateLargeMesh();
    const topo = describeTopology(loadScenario(yaml));
    const text = describeCaption(topo).map((p) => p.text).join('');
    // client-0 calls svc-000, svc-004, …; svc-008 is its (and the mesh's) busiest, svc-000 its first.
    const busiest = [...topo.services].sort((a, b) => b.rate - a.rate)[0];
    expect(captionServiceIds(topo)).toEqual([busiest.id]);
    expect(busiest.name).toBe('svc-008');
    expect(text).toMatch(/^Client client-0 has a sidecar, so VirtualService svc-008 \(line \d+\) picks one of 3 routes by match; .* of DestinationRule svc-008 \(line \d+\)\. \(\+3 more clients: see the graph\.\)$/);
    // The VirtualService link goes into svc-008's VirtualService (its first route).
    const vsLine = describeCaption(topo).find((p) => p.line !== undefined)!.line!;
    const lines = yaml.split('\n');
    expect(lines.slice(vsLine - 10, vsLine - 1).join('\n')).toMatch(/kind: VirtualService\n[^]*name: svc-008\n[^]*http:$/);
    // One Service per client: the seed names the one it calls.
    const seed = describeTopology(loadScenario(scenarios.find((s) => s.id === 'seed')!.yaml));
    expect(captionServiceIds(seed)).toEqual([seed.services[0].id]);
  });

  it('says so when nothing sends traffic', () => {
    const parts = describeCaption(describeTopology(loadScenario('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n')));
    expect(parts.map((p) => p.text).join('')).toMatch(/^No Traffic object/);
  });

  it('links carry the line number', () => {
    const yaml = scenarios[0].yaml;
    const parts = describeCaption(describeTopology(loadScenario(yaml)));
    const links = parts.filter((p) => p.line !== undefined);
    expect(links.map((p) => yaml.split('\n')[p.line! - 1])).toEqual(['apiVersion: networking.istio.io/v1alpha3', 'apiVersion: networking.istio.io/v1alpha3']);
  });
});
