// Playground hints (ITP04xx): what traffic will do because of the configuration (DESIGN.md rules 1, 3, 9).
import { describe, expect, it } from 'vitest';
import { bookinfo, client, namespace, reviewsDestinationRule, scenario } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

const traffic = (curl: string, from = 'sleep', ns = 'bookinfo') => `apiVersion: playground/v1
kind: Traffic
metadata:
  name: loop
  namespace: ${ns}
spec:
  from: ${from}
  requests:
  - curl: "${curl}"
`;

const splitVs = (extra = '', weights: [number, number] = [10, 90]) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: bookinfo
spec:
  hosts:
  - reviews${extra}
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: ${weights[0]}
    - destination:
        host: reviews
        subset: v2
      weight: ${weights[1]}
`;

/** A Service declaring port 80 HTTP, as the ingress gateway's does in a cluster. */
const port80Service = `apiVersion: v1
kind: Service
metadata:
  name: istio-ingressgateway
  namespace: istio-system
spec:
  selector: {istio: ingressgateway}
  ports:
  - {name: http2, port: 80, targetPort: 8080}
`;

const noSidecarClient = client('sleep', 'bookinfo', '\n        sidecar.istio.io/inject: "false"');

describe('ITP0401 client without sidecar', () => {
  it('reports a Traffic whose client has no sidecar while a VirtualService and DestinationRule configure its Service', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule, splitVs(), noSidecarClient, traffic('curl http://reviews:9080/'));
    const [m] = withCode(yaml, 'ITP0401');
    expect(m).toMatchObject({ code: 'ITP0401', level: 'Warning', kind: 'Traffic', name: 'loop' });
    expect(m.range.line).toBe(lineWith(yaml, 'from: sleep'));
    expect(m.message).toContain('Client bookinfo/sleep has no sidecar, so VirtualService reviews');
    expect(m.message).toContain('DestinationRule reviews');
    expect(m.fixes?.[0]).toMatchObject({
      target: { kind: 'Deployment', name: 'sleep' },
      ops: [{ op: 'set', path: ['spec', 'template', 'metadata', 'labels', 'sidecar.istio.io/inject'], value: 'true' }],
    });
  });

  it('offers the namespace label when the namespace turns injection off', () => {
    const yaml = scenario(bookinfo.replace('istio-injection: enabled', 'istio-injection: disabled'), reviewsDestinationRule, client(), traffic('curl http://reviews:9080/'));
    const [m] = withCode(yaml, 'ITP0401');
    expect(m.fixes?.[0]).toMatchObject({ target: { kind: 'Namespace', name: 'bookinfo' }, ops: [{ value: 'enabled' }] });
  });

  it('is quiet for a sidecar client, or a client without sidecar whose Service nothing configures', () => {
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, splitVs(), client(), traffic('curl http://reviews:9080/')), 'ITP0401')).toEqual([]);
    expect(withCode(scenario(bookinfo, noSidecarClient, traffic('curl http://reviews:9080/')), 'ITP0401')).toEqual([]);
  });
});

describe('ITP0402 gateway-only VirtualService', () => {
  const gwOnly = splitVs('\n  gateways:\n  - bookinfo-gateway');
  it('reports a gateway-only VirtualService for a host a sidecar client requests, with a fix that adds mesh', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule, gwOnly, client(), traffic('curl http://reviews.bookinfo:9080/'));
    const [m] = withCode(yaml, 'ITP0402');
    expect(m).toMatchObject({ code: 'ITP0402', level: 'Warning', kind: 'VirtualService' });
    expect(m.range.line).toBe(lineWith(yaml, 'gateways:'));
    expect(m.message).toContain('VirtualService reviews is gateway-only (gateways: bookinfo-gateway; no mesh), so mesh traffic is unaffected');
    expect(m.fixes?.[0]).toMatchObject({ ops: [{ op: 'append', path: ['spec', 'gateways'], value: 'mesh' }] });
  });

  it('is quiet when mesh is listed, or no sidecar traffic asks for its hosts', () => {
    const withMesh = splitVs('\n  gateways:\n  - bookinfo-gateway\n  - mesh');
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, withMesh, client(), traffic('curl http://reviews:9080/')), 'ITP0402')).toEqual([]);
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, gwOnly, client(), traffic('curl http://ratings:9080/')), 'ITP0402')).toEqual([]);
  });
});

describe('ITP0403 request host matches no Service', () => {
  it('reports a short name of another namespace on the curl line, suggesting name.namespace', () => {
    const yaml = scenario(bookinfo, namespace('tools'), client('sleep', 'tools'), traffic('curl http://reviews:9080/', 'sleep', 'tools'));
    const [m] = withCode(yaml, 'ITP0403');
    expect(m).toMatchObject({ code: 'ITP0403', level: 'Warning', kind: 'Traffic' });
    expect(m.range.line).toBe(lineWith(yaml, '- curl:'));
    expect(m.message).toContain('The request host reviews matches no Service visible from namespace tools');
    expect(m.message).toContain('Did you mean reviews.bookinfo?');
  });

  it('reports a port the Service does not expose, and an outside host from a sidecar', () => {
    const port = scenario(bookinfo, client(), traffic('curl http://reviews:8080/'));
    expect(withCode(port, 'ITP0403')[0].message).toContain('Service bookinfo/reviews has no port 8080');
    const outside = scenario(bookinfo, client(), traffic('curl http://www.example.com/'));
    expect(withCode(outside, 'ITP0403')[0].message).toContain('PassthroughCluster');
  });

  it('is quiet for Service names, name.namespace, and outside hosts a VirtualService claims', () => {
    expect(withCode(scenario(bookinfo, client(), traffic('curl http://reviews:9080/')), 'ITP0403')).toEqual([]);
    expect(withCode(scenario(bookinfo, namespace('tools'), client('sleep', 'tools'), traffic('curl http://reviews.bookinfo:9080/', 'sleep', 'tools')), 'ITP0403')).toEqual([]);
    // Istio serves a VirtualService host that is no Service on port 80 only, through the 0.0.0.0:80
    // HTTP listener a Service declaring port 80 HTTP creates (compile/nonServiceHosts.ts): bookinfo
    // has none, so the claimed host needs one (the ingress gateway's, as in a cluster).
    const claimed = splitVs().replace('  - reviews\n  http', '  - www.example.com\n  http');
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, claimed, port80Service, client(), traffic('curl http://www.example.com/')), 'ITP0403')).toEqual([]);
  });

  it('reports an outside host a VirtualService names on a port Istio does not serve it on', () => {
    const claimed = splitVs().replace('  - reviews\n  http', '  - www.example.com\n  http');
    const [other] = withCode(scenario(bookinfo, reviewsDestinationRule, claimed, port80Service, client(), traffic('curl http://www.example.com:9080/')), 'ITP0403');
    expect(other.message).toContain('VirtualService bookinfo/reviews names www.example.com, but not for port 9080');
    expect(other.message).toContain('routes only on port 80');
    const [noListener] = withCode(scenario(bookinfo, reviewsDestinationRule, claimed, client(), traffic('curl http://www.example.com/')), 'ITP0403');
    expect(noListener.message).toContain('no 0.0.0.0:80 HTTP listener');
  });
});

describe('ITP0404 relative weights', () => {
  it('reports weights that do not add up to 100 with the real split (Info), on the route list', () => {
    const yaml = scenario(bookinfo, reviewsDestinationRule, splitVs('', [1, 3]));
    const [m] = withCode(yaml, 'ITP0404');
    expect(m).toMatchObject({ code: 'ITP0404', level: 'Info' });
    expect(m.range.line).toBe(lineWith(yaml, '  - route:'));
    expect(m.message).toContain('These weights (1 + 3) add up to 4, not 100. Weights are relative, so the split is v1 25 % / v2 75 %.');
  });

  it('is quiet for weights adding up to 100 and for a single destination', () => {
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, splitVs()), 'ITP0404')).toEqual([]);
    const single = splitVs().replace(/    - destination:\n        host: reviews\n        subset: v2\n      weight: 90\n/, '');
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, single), 'ITP0404')).toEqual([]);
  });
});

describe('ITP0405 consistent hash does not make the subset pick sticky', () => {
  const hashing = reviewsDestinationRule.replace('  subsets:', '  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n        httpHeaderName: foo\n  subsets:');
  it('reports a weighted split across subsets of a consistently hashed host, on the route list', () => {
    const yaml = scenario(bookinfo, hashing, splitVs());
    const [m] = withCode(yaml, 'ITP0405');
    expect(m).toMatchObject({ code: 'ITP0405', level: 'Warning', kind: 'VirtualService' });
    expect(m.range.line).toBe(lineWith(yaml, '  - route:'));
    expect(m.message).toContain('consistentHash on header foo (DestinationRule reviews');
    expect(m.message).toContain('does not make this split sticky');
  });

  it('is quiet without consistentHash, or when one destination has all the weight', () => {
    expect(withCode(scenario(bookinfo, reviewsDestinationRule, splitVs()), 'ITP0405')).toEqual([]);
    expect(withCode(scenario(bookinfo, hashing, splitVs('', [100, 0])), 'ITP0405')).toEqual([]);
  });
});
