import { expandHost } from '../../model/hostnames.ts';
import type { VirtualService } from '../../model/mesh.ts';
import { lineOf } from '../../model/resource.ts';
import { type AnalysisContext, type Analyzer, isRecord, listAt } from '../context.ts';
import { hint } from '../messages.ts';

interface WeightedDestination {
  host: string;
  subset?: string;
  weight: number;
}

/**
 * Hints on routes that split traffic between several destinations (DESIGN.md rule 9):
 * - ITP0404 (Info): the weights do not add up to 100. Istio >= 1.20 accepts that; they are
 *   relative, so say what the split really is. (A total of 0 is a schema error, IST0106.)
 * - ITP0405 (Warning): a DestinationRule for a destination hashes consistently. The hash picks
 *   the pod inside a subset; the subset itself is drawn by weight per request, so the split is
 *   never sticky — the most common consistent-hashing misunderstanding.
 * Reported on the route's `route` list.
 */
export const weightedRoutesAnalyzer: Analyzer = {
  name: 'playground.WeightedRoutes',
  codes: ['ITP0404', 'ITP0405'],
  analyze(ctx) {
    for (const vs of ctx.model.virtualServices) {
      for (const protocol of ['http', 'tcp', 'tls'] as const) {
        listAt((vs.spec as Record<string, unknown>)[protocol]).forEach((rule, i) => {
          if (!isRecord(rule)) return;
          const dests = destinations(vs, rule.route);
          if (dests.length < 2) return;
          const path = ['spec', protocol, i, 'route'];
          checkTotal(ctx, vs, path, dests);
          if (protocol === 'http') checkHashing(ctx, vs, path, dests);
        });
      }
    }
  },
};

function destinations(vs: VirtualService, route: unknown): WeightedDestination[] {
  return listAt(route).flatMap((rd) => {
    if (!isRecord(rd) || !isRecord(rd.destination) || typeof rd.destination.host !== 'string') return [];
    const weight = typeof rd.weight === 'number' && rd.weight > 0 ? rd.weight : 0;
    const subset = typeof rd.destination.subset === 'string' ? rd.destination.subset : undefined;
    return [{ host: expandHost(rd.destination.host, vs.namespace), subset, weight }];
  });
}

function checkTotal(ctx: AnalysisContext, vs: VirtualService, path: (string | number)[], dests: WeightedDestination[]): void {
  const weights = dests.map((d) => d.weight);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 100 || total <= 0) return;
  const shares = dests.map((d) => `${label(d)} ${formatPercent((100 * d.weight) / total)}`);
  ctx.report(vs.resource, path, 'ITP0404', (line) => hint.relativeWeights(line, weights, total, shares));
}

function checkHashing(ctx: AnalysisContext, vs: VirtualService, path: (string | number)[], dests: WeightedDestination[]): void {
  const live = dests.filter((d) => d.weight > 0);
  if (new Set(live.map(label)).size < 2) return;
  for (const d of live) {
    for (const dr of ctx.destinationRulesFor(d.host)) {
      const key = hashKeyOf(dr.spec.trafficPolicy, d.subset, dr.spec.subsets);
      if (!key) continue;
      const where = `DestinationRule ${dr.name}, line ${lineOf(dr.resource, ['spec'])}`;
      ctx.report(vs.resource, path, 'ITP0405', (line) => hint.consistentHashSplit(line, key, where, live.map(label)));
      return;
    }
  }
}

/** The hash key of the policy that applies to `subset` (a subset's own loadBalancer wins), e.g. `header foo`. */
function hashKeyOf(policy: unknown, subset: string | undefined, subsets: unknown): string | undefined {
  const own = listAt(subsets).find((s) => isRecord(s) && s.name === subset);
  const ownLb = isRecord(own) && isRecord(own.trafficPolicy) ? own.trafficPolicy.loadBalancer : undefined;
  const lb = ownLb ?? (isRecord(policy) ? policy.loadBalancer : undefined);
  if (!isRecord(lb) || !isRecord(lb.consistentHash)) return undefined;
  const ch = lb.consistentHash;
  if (typeof ch.httpHeaderName === 'string') return `header ${ch.httpHeaderName}`;
  if (isRecord(ch.httpCookie) && typeof ch.httpCookie.name === 'string') return `cookie ${ch.httpCookie.name}`;
  if (typeof ch.httpQueryParameterName === 'string') return `query parameter ${ch.httpQueryParameterName}`;
  if (ch.useSourceIp === true) return 'the source IP';
  return 'a hash key';
}

function label(d: WeightedDestination): string {
  return d.subset ?? d.host.split('.')[0];
}

function formatPercent(p: number): string {
  return `${Number.isInteger(p) ? p : p.toFixed(1)} %`;
}
