import { describe, expect, it } from 'vitest';
import { modelOf } from './testing.ts';

describe('buildModel: routing resources', () => {
  it('expands hosts, normalises gateways and exportTo', () => {
    const { model } = modelOf(`
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: r, namespace: prod, creationTimestamp: "2024-01-01T00:00:00Z"}
spec:
  hosts: [reviews, reviews.other, "*.example.com"]
  gateways: [mesh, public-gw, istio-system/ingress]
  exportTo: ["."]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: plain, namespace: prod}
spec: {hosts: [ratings]}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: dr, namespace: prod}
spec: {host: reviews, exportTo: ["*"]}
`);
    const [r, plain] = model.virtualServices;
    expect(r).toMatchObject({
      rawHosts: ['reviews', 'reviews.other', '*.example.com'],
      hosts: ['reviews.prod.svc.cluster.local', 'reviews.other', '*.example.com'],
      gateways: ['mesh', 'prod/public-gw', 'istio-system/ingress'],
      exportTo: ['prod'],
      creationTimestamp: '2024-01-01T00:00:00Z',
      docIndex: 0,
    });
    expect(plain).toMatchObject({ gateways: ['mesh'], exportTo: ['*'], docIndex: 1 });
    expect(model.destinationRules[0]).toMatchObject({ rawHost: 'reviews', host: 'reviews.prod.svc.cluster.local', exportTo: ['*'] });
  });

  it('ignores a DestinationRule without host, with a diagnostic', () => {
    const { model, all } = modelOf(`apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: dr}\nspec:\n  subsets: []\n`);
    expect(model.destinationRules).toEqual([]);
    expect(all[0]).toMatchObject({ code: 'IST0106', range: expect.objectContaining({ line: 4 }) });
    expect(all[0].message).toMatch(/`spec.host` is required/);
  });

  it('reports a VirtualService hosts field of the wrong shape', () => {
    const { model, all } = modelOf(`apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\nspec:\n  hosts: reviews\n`);
    expect(model.virtualServices[0].hosts).toEqual([]);
    expect(all[0]).toMatchObject({ code: 'IST0106', range: expect.objectContaining({ line: 5 }) });
  });
});
