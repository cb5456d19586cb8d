import { describe, expect, it } from 'vitest';
import { loadScenario } from '../index.ts';
import { runTests, traceTestRequest } from './runTests.ts';

const mesh = `apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {istio-injection: enabled}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec: {selector: {app: web}, ports: [{name: http, port: 8080, targetPort: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web-v1, namespace: shop, labels: {app: web, version: v1}}
---
apiVersion: v1
kind: Pod
metadata: {name: web-v2, namespace: shop, labels: {app: web, version: v2}}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: shop}
spec:
  host: web
  trafficPolicy: {loadBalancer: {consistentHash: {httpHeaderName: x-user}}}
  subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: shop}
spec:
  hosts: [web]
  http:
  - route:
    - {destination: {host: web, subset: v1}, weight: 10}
    - {destination: {host: web, subset: v2}, weight: 90}
`;

const test = (spec: string) => `${mesh}---
apiVersion: playground/v1
kind: Test
metadata: {name: t, namespace: shop}
spec:
${spec}`;

function run(spec: string) {
  const loaded = loadScenario(test(spec));
  return { loaded, result: runTests(loaded).tests[0] };
}

describe('runTests', () => {
  it('passes a share within its band and says what it observed', () => {
    const { result } = run('  from: client\n  request: curl http://web:8080/\n  expect: {share: {subset: {v2: "90% ± 3"}}}\n');
    expect(result).toMatchObject({ passed: true, requests: 1000, from: 'shop/client' });
    expect(result.assertions[0].message).toBe('subset v2 got 89.7% of 1000 requests (897); expected 90% ± 3.');
  });

  it('fails a per-request expectation with counts, the first failing request and its line', () => {
    const spec = '  from: client\n  request: curl http://web:8080/\n  requests: 200\n  expect:\n    subset: v2\n';
    const { loaded, result } = run(spec);
    const a = result.assertions[0];
    const line = test(spec).split('\n').indexOf('    subset: v2') + 1;
    expect(a).toMatchObject({ passed: false, label: 'subset v2', range: { line, col: 5 } });
    expect(a.message).toMatch(/^Expected subset v2 for every request, but \d+ of 200 got v1 ×\d+ \(first: request \d+\)\.$/);
    // The sample is replayable: its trace shows the weighted pick that chose v1.
    const traced = traceTestRequest(loaded.model, result.test, a.sampleIndex!)!;
    expect(traced.decision.subset).toBe('v1');
    expect(traced.steps.find((s) => s.stage === 'weightedPick')?.message).toMatch(/-> outbound\|8080\|v1\|/);
    expect(traced.curl).toBe('curl http://web:8080/');
  });

  it('is deterministic and independent of other tests (fresh mesh and seed per test)', () => {
    const a = run('  from: client\n  request: curl http://web:8080/\n  expect: {share: {subset: {v2: ">= 0%"}}}\n').result;
    const b = run('  from: client\n  request: curl http://web:8080/\n  seed: 1\n  expect: {share: {subset: {v2: ">= 0%"}}}\n').result;
    expect(a.assertions[0].message).toBe(b.assertions[0].message);
  });

  it('judges stickiness per distinct request: header lists give one key per value', () => {
    const { result } = run('  from: client\n  request: curl http://web:8080/\n  headers: {x-user: [ann, bob, cy]}\n  requests: 300\n  expect: {sticky: false}\n');
    // The weighted subset pick is per request, so even one user reaches both subsets.
    expect(result.passed).toBe(true);
    expect(result.assertions[0].message).toMatch(/^Not sticky, as expected: requests with ann reached 2 pods\.$/);
  });

  it('fails, without throwing, a test that cannot run', () => {
    const { result } = run('  from: nobody\n  request: curl http://web:8080/\n  expect: {status: 200}\n');
    expect(result).toMatchObject({ passed: false, assertions: [] });
    expect(result.error).toBe('No Pod or Deployment named shop/nobody (namespace shop has web-v1, web-v2, client).');
    const bad = run('  from: client\n  request: "curl http://web:8080/ && rm -rf /"\n  expect: {status: 200}\n').result;
    expect(bad.error).toMatch(/^The request is not a curl command the playground understands/);
  });

  it('fails a misspelt expectation instead of ignoring it', () => {
    const { result } = run('  from: client\n  request: curl http://web:8080/\n  expect: {stauts: 200}\n');
    expect(result.passed).toBe(false);
    expect(result.assertions[0].message).toMatch(/^unknown expectation `stauts`/);
  });

  it('uses the kube-proxy mode a test asks for', () => {
    const scenario = mesh.replace('labels: {istio-injection: enabled}', 'labels: {}');
    const loaded = loadScenario(`${scenario}---
apiVersion: playground/v1
kind: Test
metadata: {name: rr, namespace: shop}
spec: {from: client, request: curl http://web:8080/, requests: 10, kubeProxyMode: ipvs, expect: {mode: kube-proxy, share: {pod: {web-v1: 50%, web-v2: 50%}}}}
`);
    expect(runTests(loaded)).toMatchObject({ passed: 1, failed: 0 });
  });
});
