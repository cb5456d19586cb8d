// IST0173 DestinationRuleSubsetNotSelectPods (Error) and IST0174 UnknownDestinationRuleHost (Warning) —
// Istio: pkg/config/analysis/analyzers/destinationrule/subset.go (PodNotSelectedAnalyzer).
import { describe, expect, it } from 'vitest';
import { bookinfo, deployment, namespace, reviewsDestinationRule, scenario, service } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

describe('IST0173 DestinationRuleSubsetNotSelectPods', () => {
  it('reports a subset no pod of the Service carries (v3 scaled away), on the subset entry', () => {
    const withoutV3 = bookinfo.replace(deployment('reviews', 'v3'), '');
    const yaml = scenario(withoutV3, reviewsDestinationRule);
    const [m] = withCode(yaml, 'IST0173');
    expect(m).toMatchObject({ code: 'IST0173', level: 'Error', kind: 'DestinationRule', name: 'reviews' });
    expect(m.range.line).toBe(lineWith(yaml, '- name: v3'));
    expect(m.message).toContain('The Subset v3 defined in the DestinationRule does not select any pods. Which may lead to 503 UH');
    expect(m.message).toContain('No pod of Service bookinfo/reviews has labels version=v3');
  });

  it('counts only the Service\'s own pods: same labels in another namespace do not count', () => {
    const yaml = scenario(bookinfo.replace(deployment('reviews', 'v3'), ''), namespace('other'), deployment('reviews', 'v3', 'other'), reviewsDestinationRule);
    expect(withCode(yaml, 'IST0173')).toHaveLength(1);
  });

  it('is quiet when every subset selects a pod, including a subset without labels', () => {
    expect(withCode(scenario(bookinfo, reviewsDestinationRule), 'IST0173')).toEqual([]);
    const all = reviewsDestinationRule.replace('  - name: v1\n    labels:\n      version: v1\n', '  - name: all\n');
    expect(withCode(scenario(bookinfo, all), 'IST0173')).toEqual([]);
  });
});

describe('IST0174 UnknownDestinationRuleHost', () => {
  it('reports a host that names no Service, on spec.host, with the full name as a fix when it is in another namespace', () => {
    const dr = reviewsDestinationRule.replace('namespace: bookinfo', 'namespace: default');
    const yaml = scenario(bookinfo, dr);
    const [m] = withCode(yaml, 'IST0174');
    expect(m).toMatchObject({ code: 'IST0174', level: 'Warning', kind: 'DestinationRule', namespace: 'default' });
    expect(m.range.line).toBe(lineWith(yaml, 'host: reviews'));
    expect(m.message).toContain('The host reviews defined in the DestinationRule does not match any services in the mesh.');
    expect(m.message).toContain('It is read as reviews.default.svc.cluster.local.');
    expect(m.fixes?.[0]).toMatchObject({ ops: [{ op: 'set', path: ['spec', 'host'], value: 'reviews.bookinfo.svc.cluster.local' }] });
    expect(withCode(yaml, 'IST0173')).toEqual([]);
  });

  it('is quiet for short, full and wildcard hosts that match a Service', () => {
    expect(withCode(scenario(bookinfo, reviewsDestinationRule), 'IST0174')).toEqual([]);
    const full = reviewsDestinationRule.replace('host: reviews', 'host: reviews.bookinfo.svc.cluster.local');
    expect(withCode(scenario(bookinfo, full), 'IST0174')).toEqual([]);
    const wildcard = reviewsDestinationRule.replace('host: reviews', 'host: "*.bookinfo.svc.cluster.local"');
    expect(withCode(scenario(bookinfo, wildcard), 'IST0174')).toEqual([]);
    expect(withCode(scenario(bookinfo, service('x', 'default')), 'IST0174')).toEqual([]);
  });
});
