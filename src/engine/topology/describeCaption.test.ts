import { describe, expect, it } from 'vitest';
import { loadScenario } from '../index.ts';
import { scenarios } from '../../scenarios/index.ts';
import { describeCaption } from './describeCaption.ts';
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
