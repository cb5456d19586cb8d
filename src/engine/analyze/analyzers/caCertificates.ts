import { type Analyzer, isRecord, listAt } from '../context.ts';
import { msg } from '../messages.ts';

/**
 * IST0128 / IST0129 after Istio's destinationrule.CaCertificateAnalyzer
 * (pkg/config/analysis/analyzers/destinationrule/ca-certificates.go): TLS mode SIMPLE or MUTUAL
 * without `caCertificates` does not verify the server's certificate (unless a credentialName
 * is used together with a workloadSelector). Host level and per port; reported on `tls.mode`.
 */
export const caCertificatesAnalyzer: Analyzer = {
  name: 'destinationrule.CaCertificateAnalyzer',
  codes: ['IST0128', 'IST0129'],
  analyze(ctx) {
    for (const dr of ctx.model.destinationRules) {
      const policy = dr.spec.trafficPolicy;
      if (!isRecord(policy)) continue;
      const selector = dr.spec.workloadSelector !== undefined && dr.spec.workloadSelector !== null;
      const unverified = (tls: unknown): string | undefined => {
        if (!isRecord(tls) || (tls.mode !== 'SIMPLE' && tls.mode !== 'MUTUAL')) return undefined;
        if (typeof tls.caCertificates === 'string' && tls.caCertificates !== '') return undefined;
        if (typeof tls.credentialName === 'string' && tls.credentialName !== '' && selector) return undefined;
        return tls.mode;
      };
      const mode = unverified(policy.tls);
      if (mode) {
        ctx.report(dr.resource, ['spec', 'trafficPolicy', 'tls', 'mode'], 'IST0128', (line) =>
          msg.noCaCertificates(line, dr.name, dr.namespace, mode, dr.rawHost),
        );
      }
      listAt(policy.portLevelSettings).forEach((p, i) => {
        if (!isRecord(p)) return;
        const portMode = unverified(p.tls);
        if (!portMode) return;
        const port = isRecord(p.port) && typeof p.port.number === 'number' ? `number:${p.port.number}` : '';
        ctx.report(dr.resource, ['spec', 'trafficPolicy', 'portLevelSettings', i, 'tls', 'mode'], 'IST0129', (line) =>
          msg.noCaCertificates(line, dr.name, dr.namespace, portMode, dr.rawHost, port),
        );
      });
    }
  },
};
