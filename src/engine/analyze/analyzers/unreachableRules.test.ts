// IST0130 VirtualServiceUnreachableRule (Warning) and IST0131 VirtualServiceIneffectiveMatch (Info) —
// Istio: analyzeUnreachableHTTPRules in pkg/config/validation/validation.go; examples from the
// istio.io pages for IST0130 / IST0131 (content/en/docs/reference/config/analysis/ist013x).
import { describe, expect, it } from 'vitest';
import { bookinfo, reviewsDestinationRule, scenario } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

const vs = (http: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: bookinfo
spec:
  hosts:
  - reviews
  http:
${http}`;

const withMesh = (http: string) => scenario(bookinfo, reviewsDestinationRule, vs(http));

// Bookinfo's virtual-service-reviews-test-v2 with its two rules swapped: the catch-all first.
const catchAllFirst = `  - route:
    - destination:
        host: reviews
        subset: v1
  - match:
    - headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: reviews
        subset: v2
`;

describe('IST0130 VirtualServiceUnreachableRule', () => {
  it('reports a rule after a rule without match (Bookinfo jason rule placed after the catch-all), with a remove fix', () => {
    const yaml = withMesh(catchAllFirst);
    const msgs = withCode(yaml, 'IST0130');
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ code: 'IST0130', level: 'Warning', kind: 'VirtualService', name: 'reviews' });
    expect(msgs[0].range.line).toBe(lineWith(yaml, '  - match:'));
    expect(msgs[0].message).toContain('VirtualService rule #1 not used (route without matches defined before)');
    expect(msgs[0].fixes?.[0]).toMatchObject({ title: 'Remove unreachable rule #1', ops: [{ op: 'delete', path: ['spec', 'http', 1] }] });
  });

  it('reports the second of two rules without match (istio.io IST0130 example)', () => {
    const yaml = withMesh(`  - fault:
      delay:
        fixedDelay: 5s
        percentage:
          value: 100
    route:
    - destination:
        host: reviews
  - mirror:
      host: ratings
    route:
    - destination:
        host: reviews
        subset: v1
`);
    const [m] = withCode(yaml, 'IST0130');
    expect(m.range.line).toBe(lineWith(yaml, '  - mirror:'));
    expect(m.message).toContain('VirtualService rule #1 not used (only the last rule can have no matches)');
  });

  it('reports a rule after a match block that matches every request (uri prefix /), naming it', () => {
    const yaml = withMesh(`  - name: everything
    match:
    - uri:
        prefix: /
    route:
    - destination:
        host: reviews
        subset: v1
  - name: jason
    match:
    - headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: reviews
        subset: v2
`);
    const [m] = withCode(yaml, 'IST0130');
    expect(m.range.line).toBe(lineWith(yaml, '  - name: jason'));
    expect(m.message).toContain('VirtualService rule "jason" not used (a prior rule matches every request)');
    expect(m.message).toContain(`Rule #0 (line ${lineWith(yaml, '  - name: everything')}) matches every request (uri prefix /)`);
  });

  it('reports a rule whose every match duplicates earlier ones', () => {
    const yaml = withMesh(`  - match:
    - headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: reviews
        subset: v2
  - match:
    - name: again
      headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: reviews
        subset: v3
`);
    const [m] = withCode(yaml, 'IST0130');
    expect(m.range.line).toBe(lineWith(yaml, '  - match:', 1));
    expect(m.message).toContain('all matches used by prior rules');
  });

  it('is quiet for Bookinfo virtual-service-reviews-test-v2 (specific rule first, catch-all last)', () => {
    const yaml = withMesh(`  - match:
    - headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: reviews
        subset: v2
  - route:
    - destination:
        host: reviews
        subset: v1
`);
    expect(withCode(yaml, 'IST0130')).toEqual([]);
    expect(withCode(yaml, 'IST0131')).toEqual([]);
  });

  it('is quiet when the earlier prefix-/ block is limited to some clients (sourceLabels)', () => {
    const yaml = withMesh(`  - match:
    - uri:
        prefix: /
      sourceLabels:
        app: sleep
    route:
    - destination:
        host: reviews
        subset: v1
  - route:
    - destination:
        host: reviews
        subset: v2
`);
    expect(withCode(yaml, 'IST0130')).toEqual([]);
  });
});

describe('IST0131 VirtualServiceIneffectiveMatch', () => {
  it('reports a match block that duplicates one in an earlier rule, on the block', () => {
    const yaml = withMesh(`  - match:
    - uri:
        exact: /ratings
    route:
    - destination:
        host: reviews
        subset: v1
  - match:
    - uri:
        exact: /ratings
    - uri:
        exact: /other
    route:
    - destination:
        host: reviews
        subset: v2
`);
    const msgs = withCode(yaml, 'IST0131');
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ code: 'IST0131', level: 'Info' });
    expect(msgs[0].range.line).toBe(lineWith(yaml, 'exact: /ratings', 1) - 1);
    expect(msgs[0].message).toContain('VirtualService rule #1 match #0 is not used (duplicate/overlapping match in rule #0)');
    expect(withCode(yaml, 'IST0130')).toEqual([]);
  });

  it('reports a prefix covered by an earlier, shorter prefix', () => {
    const yaml = withMesh(`  - match:
    - uri:
        prefix: /api
    route:
    - destination:
        host: reviews
        subset: v1
  - match:
    - uri:
        prefix: /api/v2
    route:
    - destination:
        host: reviews
        subset: v2
`);
    const [m] = withCode(yaml, 'IST0131');
    expect(m.range.line).toBe(lineWith(yaml, 'prefix: /api/v2') - 1);
    expect(m.message).toContain('match #0 of prefix /api/v2 is not used (duplicate/overlapping match in rule #0 of prefix /api on #0)');
  });

  it('is quiet when the longer prefix comes first, or the earlier prefix also needs a header', () => {
    const ordered = withMesh(`  - match:
    - uri:
        prefix: /api/v2
    route:
    - destination:
        host: reviews
        subset: v2
  - match:
    - uri:
        prefix: /api
    route:
    - destination:
        host: reviews
        subset: v1
`);
    expect(withCode(ordered, 'IST0131')).toEqual([]);
    const header = withMesh(`  - match:
    - uri:
        prefix: /api
      headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: reviews
        subset: v1
  - match:
    - uri:
        prefix: /api/v2
    route:
    - destination:
        host: reviews
        subset: v2
`);
    expect(withCode(header, 'IST0131')).toEqual([]);
  });
});
