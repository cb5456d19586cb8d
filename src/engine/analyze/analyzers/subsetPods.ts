import { labelsMatch } from '../../compile/meshIndex.ts';
import type { DestinationRule, Service } from '../../model/mesh.ts';
import { type AnalysisContext, type Analyzer, fixTarget, isRecord, listAt } from '../context.ts';
import { msg } from '../messages.ts';
import type { QuickFix } from '../types.ts';

/**
 * IST0174 and IST0173 after Istio's destinationrule.PodNotSelectedAnalyzer
 * (pkg/config/analysis/analyzers/destinationrule/subset.go):
 * - a DestinationRule whose host names no Service applies to nothing (Warning; fix: the full
 *   name of the Service it probably means);
 * - a subset whose labels match none of the Service's pods leads to 503 UH (Error). The
 *   playground counts only the Service's own pods (its namespace and selector) — what the
 *   subset's endpoints really are (DESIGN.md rule 11) — where Istio looks at every pod.
 */
export const subsetPodsAnalyzer: Analyzer = {
  name: 'destinationrule.SubsetSelectPodAnalyzer',
  codes: ['IST0173', 'IST0174'],
  analyze(ctx) {
    for (const dr of ctx.model.destinationRules) {
      const services = ctx.servicesMatching(dr.host);
      if (services.length === 0) {
        reportUnknownHost(ctx, dr);
        continue;
      }
      listAt(dr.spec.subsets).forEach((subset, i) => {
        if (!isRecord(subset) || typeof subset.name !== 'string') return;
        const labels = stringMap(subset.labels);
        if (services.some((svc) => selectsPod(ctx, svc, labels))) return;
        const shown = Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ');
        const where = services.map((s) => `Service ${s.namespace}/${s.name}`).join(' or ');
        ctx.report(dr.resource, ['spec', 'subsets', i], 'IST0173', (line) =>
          msg.subsetSelectsNoPods(line, subset.name as string, shown ? `labels ${shown}` : '', where),
        );
      });
    }
  },
};

function selectsPod(ctx: AnalysisContext, svc: Service, labels: Record<string, string>): boolean {
  if (Object.keys(svc.selector).length === 0) return false;
  return ctx.model.pods.some(
    (p) => p.namespace === svc.namespace && labelsMatch(p.labels, svc.selector) && labelsMatch(p.labels, labels),
  );
}

function reportUnknownHost(ctx: AnalysisContext, dr: DestinationRule): void {
  const candidates = ctx.likelyServices(dr.rawHost, dr.namespace);
  const fixes: QuickFix[] = candidates.map((svc) => ({
    title: `Use the full name ${svc.fqdn}`,
    target: fixTarget(dr.resource),
    ops: [{ op: 'set', path: ['spec', 'host'], value: svc.fqdn }],
    preferred: candidates.length === 1,
  }));
  ctx.report(dr.resource, ['spec', 'host'], 'IST0174', (line) =>
    msg.unknownDestinationRuleHost(line, dr.rawHost, dr.host, candidates.map((s) => s.fqdn)), { fixes },
  );
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}
