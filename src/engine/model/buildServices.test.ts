import { describe, expect, it } from 'vitest';
import { modelOf } from './testing.ts';

describe('buildModel: Services', () => {
  it('reads ports, defaults targetPort and protocol, and assigns a ClusterIP', () => {
    const { model, all } = modelOf(`
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports:
    - {name: http, port: 80, targetPort: http}
    - {port: 9090}
    - {port: 8080, targetPort: "8081", appProtocol: http}
    - {port: seventy}
`);
    const [svc] = model.services;
    expect(svc).toMatchObject({ fqdn: 'web.shop.svc.cluster.local', selector: { app: 'web' } });
    expect(svc.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
    expect(svc.ports).toEqual([
      { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
      { port: 9090, targetPort: 9090, protocol: 'TCP' },
      { port: 8080, targetPort: 8081, protocol: 'TCP', appProtocol: 'http' },
    ]);
    expect(all).toEqual([expect.objectContaining({ code: 'IST0106', range: expect.objectContaining({ line: 11 }) })]);
  });

  it('honours spec.clusterIP, including headless None', () => {
    const { model } = modelOf(`
apiVersion: v1
kind: Service
metadata: {name: a}
spec: {clusterIP: 10.96.5.5, ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: b}
spec: {clusterIP: None, ports: [{port: 80}]}
`);
    expect(model.services.map((s) => s.clusterIP)).toEqual(['10.96.5.5', 'None']);
  });
});
