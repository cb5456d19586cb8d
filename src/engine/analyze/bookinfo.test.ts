// Bookinfo behaviours documented by Istio, reproduced with the playground's analyzers.
// - `istioctl analyze` on Bookinfo's networking files alone (gateway + destination rules, no
//   bookinfo.yaml) reports IST0101 for the gateway selector and the productpage host, and IST0174
//   for every DestinationRule host (istio.io docs, "Diagnose your configuration with istioctl analyze").
// - With the workloads, the request-routing task's configs (all-v1, reviews-test-v2) are clean,
//   and putting the catch-all first leaves the jason rule unreachable (IST0130).
import { describe, expect, it } from 'vitest';
import { client, deployment, namespace, scenario, service } from './fixtures.ts';
import { analyzeYaml, lineWith } from './testing.ts';

const dr = (name: string, subsets: string[]) => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: ${name}
  namespace: bookinfo
spec:
  host: ${name}
  subsets:
${subsets.map((v) => `  - name: ${v}\n    labels:\n      version: ${v}\n`).join('')}`;

const destinationRuleAll = scenario(dr('productpage', ['v1']), dr('reviews', ['v1', 'v2', 'v3']), dr('ratings', ['v1']), dr('details', ['v1']));

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
      number: 8080
      name: http
      protocol: HTTP
    hosts:
    - "*"
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: bookinfo
  namespace: bookinfo
spec:
  hosts:
  - "*"
  gateways:
  - bookinfo-gateway
  http:
  - match:
    - uri:
        exact: /productpage
    - uri:
        prefix: /static
    route:
    - destination:
        host: productpage
        port:
          number: 9080
`;

const workloads = scenario(
  namespace('bookinfo'),
  ...['productpage', 'details', 'ratings'].flatMap((app) => [service(app), deployment(app, 'v1')]),
  service('reviews'),
  deployment('reviews', 'v1'),
  deployment('reviews', 'v2'),
  deployment('reviews', 'v3'),
  deployment('istio-ingressgateway', 'v1', 'istio-system', '\n        istio: ingressgateway'),
  client(),
);

const reviewsVs = (http: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: bookinfo
spec:
  hosts:
  - reviews
  http:
${http}`;
const jasonRule = `  - match:
    - headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: reviews
        subset: v2
`;
const v1Rule = `  - route:
    - destination:
        host: reviews
        subset: v1
`;

const summary = (yaml: string) =>
  analyzeYaml(yaml)
    .filter((m) => m.level !== 'Info')
    .map((m) => `${m.level} ${m.code} ${m.kind}/${m.name} line ${m.range.line}`);

describe('Bookinfo', () => {
  it('networking files alone: IST0101 selector and productpage host, IST0174 for every DestinationRule', () => {
    const yaml = scenario(gateway, destinationRuleAll);
    const msgs = analyzeYaml(yaml);
    expect(msgs.find((m) => m.code === 'IST0101' && m.kind === 'Gateway')?.message).toContain('Referenced selector not found: "istio=ingressgateway"');
    const host = msgs.find((m) => m.code === 'IST0101' && m.kind === 'VirtualService');
    expect(host?.message).toContain('Referenced host not found: "productpage"');
    expect(host?.range.line).toBe(lineWith(yaml, 'host: productpage'));
    expect(msgs.filter((m) => m.code === 'IST0174').map((m) => [m.level, m.name])).toEqual([
      ['Warning', 'productpage'],
      ['Warning', 'reviews'],
      ['Warning', 'ratings'],
      ['Warning', 'details'],
    ]);
  });

  it('with the workloads, the gateway, destination-rule-all, all-v1 and reviews-test-v2 are clean', () => {
    expect(summary(scenario(workloads, gateway, destinationRuleAll, reviewsVs(v1Rule)))).toEqual([]);
    expect(summary(scenario(workloads, gateway, destinationRuleAll, reviewsVs(jasonRule + v1Rule)))).toEqual([]);
  });

  it('the catch-all placed before the jason rule: IST0130 on the jason rule', () => {
    const yaml = scenario(workloads, destinationRuleAll, reviewsVs(v1Rule + jasonRule));
    expect(summary(yaml)).toEqual([`Warning IST0130 VirtualService/reviews line ${lineWith(yaml, '  - match:', 0)}`]);
  });

  it('a route to subset v3 after scaling reviews-v3 to zero: IST0173 (503 UH)', () => {
    const yaml = scenario(workloads.replace(/(name: reviews-v3\n[\s\S]*?replicas: )1/, '$10'), destinationRuleAll, reviewsVs(v1Rule));
    expect(summary(yaml)).toEqual([`Error IST0173 DestinationRule/reviews line ${lineWith(yaml, '- name: v3')}`]);
  });
});
