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

describe('buildModel: kinds', () => {
  it('reports kinds it does not simulate, and unknown kinds, as Info', () => {
    const { model, all } = modelOf(`
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: ext}
---
apiVersion: networking.istio.io/v1beta1
kind: Sidecar
metadata: {name: default}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
`);
    expect(all.map((d) => [d.code, d.level, d.kind, d.range.line])).toEqual([
      ['ITP0100', 'Info', 'ServiceEntry', 3],
      ['ITP0100', 'Info', 'Sidecar', 7],
      ['ITP0101', 'Info', 'ConfigMap', 11],
    ]);
    expect(all[0].message).toBe('Line 3: ServiceEntry (networking.istio.io/v1) is accepted but not simulated yet; it has no effect on traffic here.');
    expect(model.resources).toHaveLength(3);
  });

  it('rejects a known kind under the wrong apiVersion', () => {
    const { model, all } = modelOf(`apiVersion: v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: 2}\n`);
    expect(model.pods).toEqual([]);
    expect(all).toEqual([
      expect.objectContaining({ code: 'IST0106', level: 'Error', message: 'Line 1: Deployment must use apiVersion apps/v1, not v1; it is ignored.' }),
    ]);
  });

  it('accepts all three Istio networking versions', () => {
    const { model, all } = modelOf(
      ['v1', 'v1beta1', 'v1alpha3']
        .map((v) => `apiVersion: networking.istio.io/${v}\nkind: VirtualService\nmetadata: {name: vs-${v}}\nspec: {hosts: [a]}\n`)
        .join('---\n'),
    );
    expect(all).toEqual([]);
    expect(model.virtualServices.map((v) => v.name)).toEqual(['vs-v1', 'vs-v1beta1', 'vs-v1alpha3']);
  });

  it('lets a later duplicate replace an earlier one, like kubectl apply', () => {
    const { model, all } = modelOf(`${deployment('web', 1)}---${deployment('web', 3)}`);
    expect(model.pods).toHaveLength(3);
    expect(all).toEqual([expect.objectContaining({ code: 'ITP0102', level: 'Warning', range: expect.objectContaining({ line: 2 }) })]);
    expect(all[0].message).toMatch(/^Line 2: Deployment shop\/web is declared again at line 15/);
  });
});

describe('buildModel: options', () => {
  it('defaults to iptables kube-proxy and istio-system as root namespace', () => {
    expect(modelOf('').model).toMatchObject({ kubeProxyMode: 'iptables', rootNamespace: 'istio-system' });
    expect(modelOf('', { kubeProxyMode: 'ipvs' }).model.kubeProxyMode).toBe('ipvs');
  });
});
