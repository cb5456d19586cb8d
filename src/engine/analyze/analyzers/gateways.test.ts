// IST0132 VirtualServiceHostNotFoundInGateway (Warning) — Istio:
// pkg/config/analysis/analyzers/virtualservice/gateways.go.
// IST0145 ConflictingGateways (Error) — Istio: pkg/config/analysis/analyzers/gateway/conflictinggateway.go.
import { describe, expect, it } from 'vitest';
import { bookinfo, deployment, scenario } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

const ingress = deployment('istio-ingressgateway', 'v1', 'istio-system', '\n        istio: ingressgateway');

const gateway = (name: string, hosts: string, port = 80) => `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: ${name}
  namespace: bookinfo
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: ${port}
      name: http
      protocol: HTTP
    hosts:
${hosts}`;

const vs = (hosts: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: bookinfo
  namespace: bookinfo
spec:
  hosts:
${hosts}  gateways:
  - bookinfo-gateway
  http:
  - route:
    - destination:
        host: reviews
`;

describe('IST0132 VirtualServiceHostNotFoundInGateway', () => {
  it('reports a VirtualService whose hosts no server of the Gateway accepts, on the gateways entry', () => {
    const yaml = scenario(bookinfo, ingress, gateway('bookinfo-gateway', '    - bookinfo.example.com\n'), vs('  - shop.example.com\n'));
    const [m] = withCode(yaml, 'IST0132');
    expect(m).toMatchObject({ code: 'IST0132', level: 'Warning', kind: 'VirtualService' });
    expect(m.range.line).toBe(lineWith(yaml, '  - bookinfo-gateway'));
    expect(m.message).toContain(
      'one or more host [shop.example.com] defined in VirtualService bookinfo/bookinfo not found in Gateway bookinfo/bookinfo-gateway',
    );
  });

  it('is quiet for exact, wildcard and namespace-scoped server hosts', () => {
    for (const hosts of ['    - bookinfo.example.com\n', '    - "*.example.com"\n', '    - "*"\n', '    - "./bookinfo.example.com"\n', '    - "*/*"\n']) {
      const yaml = scenario(bookinfo, ingress, gateway('bookinfo-gateway', hosts), vs('  - bookinfo.example.com\n'));
      expect(withCode(yaml, 'IST0132'), hosts).toEqual([]);
    }
  });

  it('is quiet when the gateway is missing (that is IST0101 alone)', () => {
    const yaml = scenario(bookinfo, ingress, vs('  - bookinfo.example.com\n'));
    expect(withCode(yaml, 'IST0132')).toEqual([]);
    expect(withCode(yaml, 'IST0101')).toHaveLength(1);
  });
});

describe('IST0145 ConflictingGateways', () => {
  it('reports two Gateways on the same pods, port and host, on the server entry', () => {
    const yaml = scenario(bookinfo, ingress, gateway('gw-a', '    - bookinfo.example.com\n'), gateway('gw-b', '    - bookinfo.example.com\n    - other.example.com\n'));
    const msgs = withCode(yaml, 'IST0145');
    expect(msgs.map((m) => [m.level, m.name, m.range.line])).toEqual([
      ['Error', 'gw-a', lineWith(yaml, '  - port:', 0)],
      ['Error', 'gw-b', lineWith(yaml, '  - port:', 1)],
    ]);
    expect(msgs[0].message).toContain('Conflict with gateways bookinfo/gw-b (workload selector istio=ingressgateway, port 80, hosts bookinfo.example.com)');
  });

  it('is quiet for different ports or different hosts', () => {
    const ports = scenario(bookinfo, ingress, gateway('gw-a', '    - bookinfo.example.com\n'), gateway('gw-b', '    - bookinfo.example.com\n', 8080));
    expect(withCode(ports, 'IST0145')).toEqual([]);
    const hosts = scenario(bookinfo, ingress, gateway('gw-a', '    - a.example.com\n'), gateway('gw-b', '    - b.example.com\n'));
    expect(withCode(hosts, 'IST0145')).toEqual([]);
  });
});
