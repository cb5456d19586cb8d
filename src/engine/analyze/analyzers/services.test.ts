// IST0118 PortNameIsNotUnderNamingConvention (Info) — Istio: pkg/config/analysis/analyzers/service/portname.go
// with the protocol rules of pkg/config/kube/conversion.go.
// IST0109 ConflictingMeshGatewayVirtualServiceHosts (Error) — Istio:
// pkg/config/analysis/analyzers/virtualservice/conflictingmeshgatewayhosts.go.
import { describe, expect, it } from 'vitest';
import { bookinfo, reviewsDestinationRule, scenario, service } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

describe('IST0118 PortNameIsNotUnderNamingConvention', () => {
  it('reports an unnamed or unconventionally named port, on the port entry', () => {
    const yaml = service('web', 'bookinfo', '  - name: web\n    port: 8080\n    targetPort: 80\n  - port: 9000\n');
    const msgs = withCode(yaml, 'IST0118');
    expect(msgs.map((m) => [m.level, m.range.line])).toEqual([
      ['Info', lineWith(yaml, '- name: web')],
      ['Info', lineWith(yaml, '- port: 9000')],
    ]);
    expect(msgs[0].message).toContain("Port name web (port: 8080, targetPort: 80) doesn't follow the naming convention of Istio port");
  });

  it('is quiet for http, http-suffix, grpc-web, appProtocol, UDP and well-known ports', () => {
    const ports = [
      '  - name: http\n    port: 80\n',
      '  - name: http-api\n    port: 81\n',
      '  - name: grpc-web-x\n    port: 82\n',
      '  - name: web\n    appProtocol: http\n    port: 83\n',
      '  - name: dns\n    protocol: UDP\n    port: 53\n',
      '  - name: db\n    port: 3306\n',
      '  - name: HTTP2\n    port: 84\n',
    ].join('');
    expect(withCode(service('ok', 'bookinfo', ports), 'IST0118')).toEqual([]);
  });
});

describe('IST0109 ConflictingMeshGatewayVirtualServiceHosts', () => {
  const vs = (name: string, host: string, extra = '') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: ${name}
  namespace: bookinfo
spec:
  hosts:
  - ${host}${extra}
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
`;

  it('reports each mesh VirtualService that claims the same host, on metadata.name', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule, vs('reviews-a', 'reviews'), vs('reviews-b', 'reviews.bookinfo.svc.cluster.local'));
    const msgs = withCode(yaml, 'IST0109');
    expect(msgs.map((m) => [m.level, m.name, m.range.line])).toEqual([
      ['Error', 'reviews-a', lineWith(yaml, 'name: reviews-a')],
      ['Error', 'reviews-b', lineWith(yaml, 'name: reviews-b')],
    ]);
    expect(msgs[0].message).toContain(
      'The VirtualServices bookinfo/reviews-a,bookinfo/reviews-b associated with mesh gateway define the same host reviews.bookinfo.svc.cluster.local',
    );
    expect(msgs[0].message).toContain('sidecars use bookinfo/reviews-a');
  });

  it('is quiet for different hosts, gateway-only duplicates, or disjoint exportTo', () => {
    expect(withCode(scenario(bookinfo, vs('a', 'reviews'), vs('b', 'ratings')), 'IST0109')).toEqual([]);
    expect(withCode(scenario(bookinfo, vs('a', 'reviews'), vs('b', 'reviews', '\n  gateways:\n  - bookinfo-gateway')), 'IST0109')).toEqual([]);
    const scoped = scenario(bookinfo, vs('a', 'reviews', '\n  exportTo:\n  - "."'), vs('b', 'reviews', '\n  exportTo:\n  - other'));
    expect(withCode(scoped, 'IST0109')).toEqual([]);
  });
});
