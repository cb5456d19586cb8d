import type { Service } from '../../model/mesh.ts';
import { type Analyzer, type AnalysisContext, fixTarget } from '../context.ts';
import { destinationsOf, type VsDestination } from '../destinations.ts';
import { msg } from '../messages.ts';
import type { QuickFix } from '../types.ts';

/**
 * IST0101 (host, mirror host, host:port) and IST0112 for VirtualService destinations, after
 * Istio's virtualservice.DestinationHostAnalyzer
 * (pkg/config/analysis/analyzers/virtualservice/destinationhosts.go): a destination host must
 * name a Service (short names read in the VirtualService's namespace); a port must be one the
 * Service exposes; without a port, a Service with several ports is ambiguous.
 */
export const destinationHostAnalyzer: Analyzer = {
  name: 'virtualservice.DestinationHostAnalyzer',
  codes: ['IST0101', 'IST0112'],
  analyze(ctx) {
    for (const vs of ctx.model.virtualServices) {
      for (const d of destinationsOf(vs)) {
        const svc = ctx.serviceForHost(d.fqdn);
        if (!svc) reportMissingHost(ctx, d);
        else checkPort(ctx, d, svc);
      }
    }
  },
};

function reportMissingHost(ctx: AnalysisContext, d: VsDestination): void {
  const candidates = ctx.likelyServices(d.host, d.vs.namespace);
  const fixes: QuickFix[] = candidates.map((svc, i) => ({
    title: `Use the full name ${svc.fqdn}`,
    target: fixTarget(d.vs.resource),
    ops: [{ op: 'set', path: [...d.path, 'host'], value: svc.fqdn }],
    preferred: i === 0 && candidates.length === 1,
  }));
  ctx.report(
    d.vs.resource,
    [...d.path, 'host'],
    'IST0101',
    (line) => msg.destinationHostNotFound(line, d, candidates.map((s) => s.fqdn)),
    { fixes },
  );
}

function checkPort(ctx: AnalysisContext, d: VsDestination, svc: Service): void {
  const ports = svc.ports.map((p) => p.port);
  if (d.port === undefined) {
    if (ports.length > 1) {
      ctx.report(d.vs.resource, d.path, 'IST0112', (line) => msg.destinationPortRequired(line, d.host, ports));
    }
    return;
  }
  if (!ports.includes(d.port)) {
    ctx.report(d.vs.resource, [...d.path, 'port', 'number'], 'IST0101', (line) =>
      msg.destinationPortNotFound(line, d, svc, ports),
    );
  }
}
