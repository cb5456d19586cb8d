// IST0106 SchemaValidationError (Error) and IST0133 SchemaWarning (Warning) — Istio:
// pkg/config/analysis/analyzers/schema/validation.go running pkg/config/validation/validation.go
// (ValidateVirtualService, ValidateDestinationRule, validateHTTPRoute, validateLoadBalancer).
import { describe, expect, it } from 'vitest';
import { bookinfo, client, reviewsDestinationRule, scenario } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

const vs = (http: string, extra = '') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: bookinfo
spec:
  hosts:
  - reviews${extra}
  http:
${http}`;

const route = `    route:
    - destination:
        host: reviews
        subset: v1
`;

/** The one IST0106 message of `yaml`, asserting there is exactly one. */
function only(yaml: string, code = 'IST0106') {
  const msgs = withCode(yaml, code);
  expect(msgs, msgs.map((m) => m.message).join('\n')).toHaveLength(1);
  return msgs[0];
}

describe('IST0106 schema: field names and types', () => {
  it('reports an unknown field on its key line, suggesting the right name', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule, vs(`  - route:
    - destination:
        host: reviews
        subnet: v1
`));
    const m = only(yaml);
    expect(m).toMatchObject({ code: 'IST0106', level: 'Error', kind: 'VirtualService' });
    expect(m.range.line).toBe(lineWith(yaml, 'subnet: v1'));
    expect(m.message).toContain('Schema validation error: unknown field `subnet` in `spec.http[0].route[0].destination`; did you mean `subset`?');
  });

  it('reports a wrong type, an enum value and a range, each at its field', () => {
    const weight = scenario(bookinfo, reviewsDestinationRule, vs(`  - route:
    - destination:
        host: reviews
        subset: v1
      weight: ten
`));
    const w = only(weight);
    expect(w.range.line).toBe(lineWith(weight, 'weight: ten'));
    expect(w.message).toContain('`spec.http[0].route[0].weight` must be a whole number, not the text "ten"');

    const lb = scenario(bookinfo, reviewsDestinationRule.replace('  subsets:', '  trafficPolicy:\n    loadBalancer:\n      simple: FASTEST\n  subsets:'));
    const e = only(lb);
    expect(e.range.line).toBe(lineWith(lb, 'simple: FASTEST'));
    expect(e.message).toContain('must be one of UNSPECIFIED, LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST');

    const abort = scenario(bookinfo, reviewsDestinationRule, vs(`  - fault:
      abort:
        httpStatus: 700
        percentage:
          value: 50
${route}`));
    const a = only(abort);
    expect(a.range.line).toBe(lineWith(abort, 'httpStatus: 700'));
    expect(a.message).toContain('`spec.http[0].fault.abort.httpStatus` must be from 200 to 600, not `700`');
  });

  it('reports bad durations, subset names and percentages', () => {
    const timeout = scenario(bookinfo, reviewsDestinationRule, vs(`  - timeout: 5 seconds\n${route}`));
    expect(only(timeout).message).toContain('`spec.http[0].timeout` must be a duration such as 5s, 250ms or 1m30s');
    const tiny = scenario(bookinfo, reviewsDestinationRule, vs(`  - timeout: 500us\n${route}`));
    expect(only(tiny).message).toContain('duration must be greater than 1ms (it is 500us)');
    const subset = scenario(bookinfo, reviewsDestinationRule.replace('- name: v1', '- name: V_1'));
    expect(only(subset).range.line).toBe(lineWith(subset, '- name: V_1'));
    const pct = scenario(bookinfo, reviewsDestinationRule, vs(`  - fault:
      delay:
        fixedDelay: 1s
        percentage:
          value: 150
${route}`));
    expect(only(pct).range.line).toBe(lineWith(pct, 'value: 150'));
  });

  it('reports the playground Traffic kind and Kubernetes kinds too', () => {
    const traffic = scenario(bookinfo, client(), `apiVersion: playground/v1
kind: Traffic
metadata:
  name: loop
  namespace: bookinfo
spec:
  from: sleep
  bogusField: 1
  requests:
  - curl: "curl http://reviews:9080/"
`);
    const t = only(traffic);
    expect(t).toMatchObject({ kind: 'Traffic', level: 'Error' });
    expect(t.range.line).toBe(lineWith(traffic, 'bogusField'));
    const svc = scenario(bookinfo.replace('    port: 9080\n', '    port: 90800\n'));
    // The model's own check finds it first and says what the playground does instead.
    expect(only(svc).message).toContain('`spec.ports[0].port` must be a whole number from 1 to 65535, not `90800`');
  });

  it('is quiet for a complete, valid scenario using many fields', () => {
    const yaml = scenario(bookinfo, client(), reviewsDestinationRule.replace('  subsets:', `  trafficPolicy:
    connectionPool:
      tcp:
        maxConnections: 100
        connectTimeout: 30ms
    outlierDetection:
      consecutive5xxErrors: 7
      interval: 5m
      baseEjectionTime: 15m
    loadBalancer:
      consistentHash:
        httpCookie:
          name: user
          ttl: 0s
  subsets:`), vs(`  - name: jason
    match:
    - headers:
        end-user:
          exact: jason
      uri:
        regex: "/api/v[0-9]+/.*"
      ignoreUriCase: true
    fault:
      delay:
        fixedDelay: 7s
        percentage:
          value: 100
    timeout: 10s
    retries:
      attempts: 3
      perTryTimeout: 2s
      retryOn: 5xx,connect-failure
    route:
    - destination:
        host: reviews
        subset: v2
        port:
          number: 9080
      weight: 80
    - destination:
        host: reviews
        subset: v3
      weight: 20
      headers:
        request:
          set:
            x-canary: "true"
  - route:
    - destination:
        host: reviews
        subset: v1
    mirror:
      host: ratings
    mirrorPercentage:
      value: 10
`, '\n  exportTo:\n  - "."'));
    expect(withCode(yaml, 'IST0106')).toEqual([]);
    expect(withCode(yaml, 'IST0133')).toEqual([]);
  });
});

describe('IST0106 Istio webhook rules', () => {
  it('reports a rule with both route and redirect, and one with neither', () => {
    const both = scenario(bookinfo, reviewsDestinationRule, vs(`  - redirect:
      uri: /v1
${route}`));
    const b = only(both);
    expect(b.range.line).toBe(lineWith(both, '  - redirect:'));
    expect(b.message).toContain('HTTP route cannot contain both route and redirect');
    const none = scenario(bookinfo, reviewsDestinationRule, vs('  - timeout: 5s\n'));
    expect(only(none).message).toContain('HTTP route, redirect or direct_response is required');
  });

  it('reports several destinations whose weights are all 0, and an invalid regex', () => {
    const zero = scenario(bookinfo, reviewsDestinationRule, vs(`${route.replace('subset: v1\n', 'subset: v1\n      weight: 0\n')}    - destination:
        host: reviews
        subset: v2
      weight: 0
`.replace(/^ {4}route:/, '  - route:')));
    const z = only(zero);
    expect(z.range.line).toBe(lineWith(zero, '  - route:'));
    expect(z.message).toContain('total destination weight = 0');
    const regex = scenario(bookinfo, reviewsDestinationRule, vs(`  - match:
    - uri:
        regex: "/api/(v1"
${route}`));
    const r = only(regex);
    expect(r.range.line).toBe(lineWith(regex, 'regex: "/api/(v1"'));
    expect(r.message).toContain('is not valid RE2');
    const long = scenario(bookinfo, reviewsDestinationRule, vs(`  - match:
    - headers:
        x:
          regex: "${'a'.repeat(1025)}"
${route}`));
    expect(only(long).message).toContain('max length allowed is 1024');
  });

  it('reports duplicate subset names, two hash keys and a maglev table that is not prime', () => {
    const dup = scenario(bookinfo, reviewsDestinationRule.replace('- name: v3', '- name: v2'));
    const d = only(dup);
    expect(d.range.line).toBe(lineWith(dup, '- name: v2', 1));
    expect(d.message).toContain('duplicate subset names: v2');
    const keys = scenario(bookinfo, reviewsDestinationRule.replace('  subsets:', `  trafficPolicy:
    loadBalancer:
      consistentHash:
        httpHeaderName: foo
        useSourceIp: true
        maglev:
          tableSize: 1000
  subsets:`));
    const msgs = withCode(keys, 'IST0106').map((m) => [m.range.line, m.message.replace(/^Line \d+: Schema validation error: /, '')]);
    expect(msgs).toEqual([
      [lineWith(keys, 'consistentHash:'), 'only one hash key can be set in consistentHash, not httpHeaderName and useSourceIp.'],
      [lineWith(keys, 'tableSize: 1000'), 'tableSize must be a prime number for maglev (1000 is not; 65537 is the default).'],
    ]);
  });

  it('reports `*` as a mesh host and a mesh VirtualService without rules', () => {
    const star = scenario(bookinfo, vs(route.replace(/^ {4}route:/, '  - route:')).replace('  - reviews', '  - "*"'));
    expect(only(star).message).toContain('wildcard host * is not allowed for virtual services bound to the mesh gateway');
    const empty = scenario(bookinfo, vs('').replace('  http:\n', ''));
    expect(only(empty).message).toContain('http, tcp or tls must be provided in virtual service');
  });
});

describe('IST0133 schema warnings', () => {
  it('warns about a consistentHash without a key (every request gets a random pod)', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule.replace('  subsets:', `  trafficPolicy:
    loadBalancer:
      consistentHash:
        ringHash:
          minimumRingSize: 2048
  subsets:`));
    const m = only(yaml, 'IST0133');
    expect(m).toMatchObject({ code: 'IST0133', level: 'Warning' });
    expect(m.range.line).toBe(lineWith(yaml, 'consistentHash:'));
    expect(withCode(yaml, 'IST0106')).toEqual([]);
  });
});
