import { describe, expect, it } from 'vitest';
import { modelOf } from './testing.ts';

const deployment = (name: string, replicas: unknown, labels = `app: ${name}`) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {${labels}}}
  template:
    metadata: {labels: {${labels}}}
    spec:
      containers:
        - name: app
          ports: [{name: http, containerPort: 9080}]
`;

describe('buildModel: Deployments become pods', () => {
  it('creates replicas with stable, Kubernetes-like names', () => {
    const { model } = modelOf(deployment('reviews-v1', 3));
    const names = model.pods.map((p) => p.name);
    expect(names).toHaveLength(3);
    for (const n of names) expect(n).toMatch(/^reviews-v1-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    // One template hash per Deployment, distinct tails.
    expect(new Set(names.map((n) => n.split('-')[2])).size).toBe(1);
    expect(new Set(names).size).toBe(3);
    expect(model.pods[0]).toMatchObject({
      namespace: 'shop',
      deployment: 'reviews-v1',
      labels: { app: 'reviews-v1' },
      containerPorts: [{ name: 'http', containerPort: 9080 }],
      ready: true,
      ref: { kind: 'Deployment', namespace: 'shop', name: 'reviews-v1', line: 2 },
    });
  });

  it('scaling down removes the last pods and keeps the others', () => {
    const three = modelOf(deployment('web', 3)).model.pods.map((p) => `${p.name} ${p.ip}`);
    const two = modelOf(deployment('web', 2)).model.pods.map((p) => `${p.name} ${p.ip}`);
    expect(two).toEqual(three.slice(0, 2));
  });

  it('keeps pod names and IPs when a weight changes', () => {
    const vs = (w: number) => `---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: shop}
spec:
  hosts: [web]
  http: [{route: [{destination: {host: web, subset: a}, weight: ${w}}, {destination: {host: web, subset: b}, weight: ${100 - w}}]}]
`;
    const before = modelOf(deployment('web', 3) + vs(10)).model.pods.map((p) => [p.name, p.ip]);
    const after = modelOf(deployment('web', 3) + vs(70)).model.pods.map((p) => [p.name, p.ip]);
    expect(after).toEqual(before);
  });

  it("does not move a pod's IP when another Deployment is added before it", () => {
    const alone = modelOf(deployment('web', 3)).model.pods;
    const withOther = modelOf(`${deployment('api', 5)}---${deployment('web', 3)}`).model.pods.filter((p) => p.deployment === 'web');
    expect(withOther.map((p) => [p.name, p.ip])).toEqual(alone.map((p) => [p.name, p.ip]));
  });

  it('defaults a wrong replicas value to 1 and reports it at that line', () => {
    const { model, all } = modelOf(deployment('web', '"abc"'));
    expect(model.pods).toHaveLength(1);
    expect(all).toEqual([
      expect.objectContaining({
        code: 'IST0106',
        level: 'Error',
        kind: 'Deployment',
        name: 'web',
        range: expect.objectContaining({ line: 6 }),
        message: 'Line 6: `spec.replicas` must be a whole number ≥ 0, not the text "abc"; using 1.',
      }),
    ]);
  });

  it('caps huge replica counts with a warning', () => {
    const { model, all } = modelOf(deployment('web', 100000));
    expect(model.pods).toHaveLength(1000);
    expect(all.map((d) => [d.code, d.level])).toEqual([['ITP1001', 'Warning']]);
  });

  it('reports a selector that does not match the template', () => {
    const text = deployment('web', 1).replace('selector: {matchLabels: {app: web}}', 'selector: {matchLabels: {app: other}}');
    expect(modelOf(text).all).toEqual([expect.objectContaining({ code: 'IST0106', range: expect.objectContaining({ line: 7 }) })]);
  });

  it('survives a template of the wrong shape', () => {
    const { model, all } = modelOf(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template: [1, 2]\n`);
    expect(model.pods).toHaveLength(1);
    expect(model.pods[0].labels).toEqual({});
    expect(all.map((d) => [d.code, d.range.line])).toEqual([['IST0106', 5]]);
  });
});

describe('buildModel: pods', () => {
  it('uses status.podIP when given and validates it', () => {
    const { model, all } = modelOf(`
apiVersion: v1
kind: Pod
metadata: {name: fixed}
status: {podIP: 10.1.2.3}
---
apiVersion: v1
kind: Pod
metadata: {name: bad}
status: {podIP: not-an-ip}
`);
    expect(model.pods[0].ip).toBe('10.1.2.3');
    expect(model.pods[1].ip).toMatch(/^10\.\d+\.\d+\.\d+$/);
    expect(all).toEqual([expect.objectContaining({ code: 'IST0106', range: expect.objectContaining({ line: 10 }) })]);
  });

  it('marks pods labelled istio: ingressgateway as gateways without sidecar', () => {
    const { model } = modelOf(
      `apiVersion: v1\nkind: Namespace\nmetadata: {name: istio-system, labels: {istio-injection: enabled}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: gw, namespace: istio-system, labels: {istio: ingressgateway}}\n`,
    );
    expect(model.pods[0]).toMatchObject({ isIngressGateway: true, hasSidecar: false });
  });

  it('decides sidecars from namespace and pod labels', () => {
    const { model } = modelOf(`
apiVersion: v1
kind: Namespace
metadata: {name: meshed, labels: {istio-injection: enabled}}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: meshed}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: meshed, annotations: {sidecar.istio.io/inject: "false"}}
---
apiVersion: v1
kind: Pod
metadata: {name: c, namespace: plain, labels: {sidecar.istio.io/inject: "true"}}
---
apiVersion: v1
kind: Pod
metadata: {name: d, namespace: plain}
`);
    expect(model.pods.map((p) => [p.name, p.hasSidecar])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
      ['d', false],
    ]);
    expect(model.namespaces.get('meshed')).toMatchObject({ declared: true, labels: { 'istio-injection': 'enabled' } });
    expect(model.namespaces.get('plain')).toEqual({ name: 'plain', labels: {}, declared: false });
  });

  it('reads the killed annotation on a Pod, a template, or a Deployment listing pods', () => {
    const names = modelOf(deployment('web', 3)).model.pods.map((p) => p.name);
    const tail = names[1].slice(-5);
    const { model } = modelOf(
      deployment('web', 3).replace('metadata: {name: web, namespace: shop}', `metadata: {name: web, namespace: shop, annotations: {playground.istio.io/killed: "${names[0]}, ${tail}"}}`) +
        `---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: {playground.istio.io/killed: "true"}}\n`,
    );
    expect(model.pods.map((p) => p.ready)).toEqual([false, false, true, false]);
  });
});
