// IST0101 ReferencedResourceNotFound (Error) and IST0112 — Istio:
// pkg/config/analysis/analyzers/virtualservice/{destinationhosts,destinationrules,gateways}.go,
// pkg/config/analysis/analyzers/gateway/gateway.go; texts from pkg/config/analysis/msg/messages.yaml.
import { describe, expect, it } from 'vitest';
import { bookinfo, client, reviewsDestinationRule, scenario, service, deployment, namespace } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

const vs = (host: string, subset = 'v1', extra = '') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: bookinfo
spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: ${host}
        subset: ${subset}${extra}
`;

describe('IST0101 host', () => {
  it('reports a destination host that names no Service, on the host line, with a fix for a short name in the wrong namespace', () => {
    const yaml = scenario(bookinfo, namespace('other'), service('details', 'other'), reviewsDestinationRule, vs('details'));
    const [m] = withCode(yaml, 'IST0101');
    expect(m).toMatchObject({ code: 'IST0101', level: 'Error', kind: 'VirtualService', name: 'reviews' });
    expect(m.range.line).toBe(lineWith(yaml, 'host: details'));
    expect(m.message).toContain('Referenced host not found: "details"');
    expect(m.message).toContain('503 NC');
    expect(m.fixes?.[0]).toMatchObject({
      title: 'Use the full name details.other.svc.cluster.local',
      ops: [{ op: 'set', path: ['spec', 'http', 0, 'route', 0, 'destination', 'host'], value: 'details.other.svc.cluster.local' }],
    });
  });

  it('reads `reviews.bookinfo` literally (rule 4) and offers the full name', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule, vs('reviews.bookinfo'));
    const [m] = withCode(yaml, 'IST0101');
    expect(m.range.line).toBe(lineWith(yaml, 'host: reviews.bookinfo'));
    expect(m.fixes?.[0].ops[0]).toMatchObject({ value: 'reviews.bookinfo.svc.cluster.local' });
  });

  it('accepts short names and full names of existing Services', () => {
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, vs('reviews')), 'IST0101')).toEqual([]);
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, vs('reviews.bookinfo.svc.cluster.local')), 'IST0101')).toEqual([]);
  });

  it('reports a port the Service does not expose', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule, vs('reviews', 'v1', '\n        port:\n          number: 8080'));
    const [m] = withCode(yaml, 'IST0101');
    expect(m).toMatchObject({ level: 'Error' });
    expect(m.range.line).toBe(lineWith(yaml, 'number: 8080'));
    expect(m.message).toContain('Referenced host:port not found: "reviews:8080"');
  });
});

describe('IST0101 subset (host+subset in destinationrule)', () => {
  it('reports a subset the DestinationRule lacks, on the subset line, with a fix that adds it', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule, vs('reviews', 'v4'));
    const [m] = withCode(yaml, 'IST0101');
    expect(m).toMatchObject({ code: 'IST0101', level: 'Error' });
    expect(m.range.line).toBe(lineWith(yaml, 'subset: v4'));
    expect(m.message).toContain('Referenced host+subset in destinationrule not found: "reviews+v4"');
    expect(m.message).toContain('defines subsets v1, v2, v3, not v4');
    expect(m.fixes?.[0]).toMatchObject({
      title: 'Add subset v4 to DestinationRule reviews',
      target: { kind: 'DestinationRule', name: 'reviews', namespace: 'bookinfo' },
      ops: [{ op: 'append', path: ['spec', 'subsets'], value: { name: 'v4', labels: { version: 'v4' } } }],
    });
  });

  it('reports a subset when no DestinationRule exists for the host', () => {
    const yaml = scenario(bookinfo, vs('reviews', 'v1'));
    const [m] = withCode(yaml, 'IST0101');
    expect(m.message).toContain('No DestinationRule defines subsets for reviews.bookinfo.svc.cluster.local');
    expect(m.fixes).toBeUndefined();
  });

  it('is quiet for defined subsets, also through a wildcard DestinationRule host', () => {
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, vs('reviews', 'v3')), 'IST0101')).toEqual([]);
    const wildcard = reviewsDestinationRule.replace('host: reviews', 'host: "*.bookinfo.svc.cluster.local"');
    expect(withCode(scenario(bookinfo, wildcard, vs('reviews', 'v2')), 'IST0101')).toEqual([]);
  });
});

describe('IST0101 gateway and selector', () => {
  const gateway = `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: bookinfo-gateway
  namespace: bookinfo
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "*"
`;
  const ingress = deployment('istio-ingressgateway', 'v1', 'istio-system', '\n        istio: ingressgateway');
  const gwVs = (gw: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: bookinfo
  namespace: bookinfo
spec:
  hosts:
  - "*"
  gateways:
  - ${gw}
  http:
  - route:
    - destination:
        host: reviews
`;

  it('reports a gateway that does not exist, on the gateways entry', () => {
    const yaml = scenario(bookinfo, ingress, gateway, gwVs('missing-gateway'));
    const [m] = withCode(yaml, 'IST0101');
    expect(m).toMatchObject({ level: 'Error', kind: 'VirtualService' });
    expect(m.range.line).toBe(lineWith(yaml, '- missing-gateway'));
    expect(m.message).toContain('Referenced gateway not found: "missing-gateway"');
  });

  it('resolves short, namespaced and legacy gateway names', () => {
    for (const gw of ['bookinfo-gateway', 'bookinfo/bookinfo-gateway', 'bookinfo-gateway.bookinfo.svc.cluster.local']) {
      expect(withCode(scenario(bookinfo, ingress, gateway, gwVs(gw)), 'IST0101')).toEqual([]);
    }
  });

  it('reports a Gateway selector that matches no pod (Bookinfo without its ingress gateway)', () => {
    const yaml = scenario(bookinfo, gateway, gwVs('bookinfo-gateway'));
    const [m] = withCode(yaml, 'IST0101');
    expect(m).toMatchObject({ level: 'Error', kind: 'Gateway' });
    expect(m.range.line).toBe(lineWith(yaml, 'istio: ingressgateway'));
    expect(m.message).toContain('Referenced selector not found: "istio=ingressgateway"');
  });
});

describe('IST0112 VirtualServiceDestinationPortSelectorRequired', () => {
  const twoPorts = '  - name: http\n    port: 9080\n  - name: http-admin\n    port: 9901\n';
  const yamlFor = (extra: string) =>
    scenario(namespace('bookinfo'), service('reviews', 'bookinfo', twoPorts), deployment('reviews', 'v1'), client(), reviewsDestinationRule, vs('reviews', 'v1', extra));

  it('reports a destination without port to a Service with several ports (Error)', () => {
    const yaml = yamlFor('');
    const [m] = withCode(yaml, 'IST0112');
    expect(m).toMatchObject({ code: 'IST0112', level: 'Error' });
    expect(m.range.line).toBe(lineWith(yaml, '- destination:'));
    expect(m.message).toContain('exposes multiple ports [9080 9901]');
  });

  it('is quiet when the port is given, or the Service has one port', () => {
    expect(withCode(yamlFor('\n        port:\n          number: 9080'), 'IST0112')).toEqual([]);
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, vs('reviews')), 'IST0112')).toEqual([]);
  });
});
