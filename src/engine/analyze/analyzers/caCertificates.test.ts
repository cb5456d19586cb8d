// IST0128 NoServerCertificateVerificationDestinationLevel and IST0129 ...PortLevel (Warning) — Istio:
// pkg/config/analysis/analyzers/destinationrule/ca-certificates.go.
import { describe, expect, it } from 'vitest';
import { bookinfo, scenario } from '../fixtures.ts';
import { lineWith, withCode } from '../testing.ts';

const dr = (policy: string) => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
  namespace: bookinfo
spec:
  host: reviews
  trafficPolicy:
${policy}`;

describe('IST0128 / IST0129 TLS without server verification', () => {
  it('reports SIMPLE TLS without caCertificates at host level, and MUTUAL at a port', () => {
    const yaml = scenario(bookinfo, dr(`    tls:
      mode: SIMPLE
    portLevelSettings:
    - port:
        number: 9080
      tls:
        mode: MUTUAL
        clientCertificate: /etc/certs/cert.pem
        privateKey: /etc/certs/key.pem
`));
    const [host] = withCode(yaml, 'IST0128');
    expect(host).toMatchObject({ code: 'IST0128', level: 'Warning', kind: 'DestinationRule' });
    expect(host.range.line).toBe(lineWith(yaml, 'mode: SIMPLE'));
    expect(host.message).toContain('DestinationRule reviews in namespace bookinfo has TLS mode set to SIMPLE but no caCertificates are set to validate server identity for host: reviews');
    const [port] = withCode(yaml, 'IST0129');
    expect(port).toMatchObject({ code: 'IST0129', level: 'Warning' });
    expect(port.range.line).toBe(lineWith(yaml, 'mode: MUTUAL'));
    expect(port.message).toContain('at port number:9080');
  });

  it('is quiet with caCertificates, or with ISTIO_MUTUAL', () => {
    const ok = scenario(bookinfo, dr(`    tls:
      mode: SIMPLE
      caCertificates: /etc/certs/ca.pem
    portLevelSettings:
    - port:
        number: 9080
      tls:
        mode: ISTIO_MUTUAL
`));
    expect(withCode(ok, 'IST0128')).toEqual([]);
    expect(withCode(ok, 'IST0129')).toEqual([]);
  });
});
