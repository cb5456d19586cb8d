// IST0102 NamespaceNotInjected (Info) and IST0103 PodMissingProxy (Warning) — Istio:
// pkg/config/analysis/analyzers/injection/injection.go.
import { describe, expect, it } from 'vitest';
import { client, namespace, scenario } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

describe('IST0102 NamespaceNotInjected', () => {
  it('reports a declared namespace without injection label on metadata.name, with a fix that enables injection', () => {
    const yaml = scenario(`apiVersion: v1
kind: Namespace
metadata:
  name: shop
`, client('sleep', 'shop'));
    const [m] = withCode(yaml, 'IST0102');
    expect(m).toMatchObject({ code: 'IST0102', level: 'Info', kind: 'Namespace', name: 'shop' });
    expect(m.range.line).toBe(lineWith(yaml, 'name: shop'));
    expect(m.message).toContain("Run 'kubectl label namespace shop istio-injection=enabled'");
    expect(m.fixes?.[0]).toMatchObject({ ops: [{ op: 'set', path: ['metadata', 'labels', 'istio-injection'], value: 'enabled' }] });
  });

  it('is quiet for enabled, disabled or revision-labelled namespaces, istio-system, and undeclared namespaces', () => {
    expect(withCode(namespace('a'), 'IST0102')).toEqual([]);
    expect(withCode(namespace('b', 'istio-injection: disabled'), 'IST0102')).toEqual([]);
    expect(withCode(namespace('c', 'istio.io/rev: canary'), 'IST0102')).toEqual([]);
    expect(withCode('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: istio-system\n', 'IST0102')).toEqual([]);
    expect(withCode(client('sleep', 'undeclared'), 'IST0102')).toEqual([]);
  });
});

describe('IST0103 PodMissingProxy', () => {
  const runningPod = (containers: string, labels = '') => `apiVersion: v1
kind: Pod
metadata:
  name: sleep-7d9f
  namespace: shop
  labels:
    app: sleep${labels}
spec:
  containers:
${containers}status:
  phase: Running
  podIP: 10.0.0.7
`;

  it('reports a running pod in an injected namespace without istio-proxy', () => {
    const yaml = scenario(namespace('shop'), runningPod('  - name: sleep\n    image: curlimages/curl\n'));
    const [m] = withCode(yaml, 'IST0103');
    expect(m).toMatchObject({ code: 'IST0103', level: 'Warning', kind: 'Pod', name: 'sleep-7d9f' });
    expect(m.range.line).toBe(lineWith(yaml, 'name: sleep-7d9f'));
    expect(m.message).toContain('The pod shop/sleep-7d9f is missing the Istio proxy.');
  });

  it('is quiet with istio-proxy, when opted out, without status, or in a namespace without injection', () => {
    const withProxy = '  - name: sleep\n    image: curlimages/curl\n  - name: istio-proxy\n    image: istio/proxyv2\n';
    const plain = '  - name: sleep\n    image: curlimages/curl\n';
    expect(withCode(scenario(namespace('shop'), runningPod(withProxy)), 'IST0103')).toEqual([]);
    expect(withCode(scenario(namespace('shop'), runningPod(plain, '\n    sidecar.istio.io/inject: "false"')), 'IST0103')).toEqual([]);
    expect(withCode(scenario(namespace('shop'), runningPod(plain).replace(/status:[\s\S]*$/, '')), 'IST0103')).toEqual([]);
    expect(withCode(scenario(namespace('shop', 'istio-injection: disabled'), runningPod(plain)), 'IST0103')).toEqual([]);
  });
});
