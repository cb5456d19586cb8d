import type { DestinationRule, MeshModel } from '../model/mesh.ts';
import type { Subset, TrafficPolicy } from '../model/istio.ts';
import { compareByCreation, hostMatches, isVisibleTo } from './visibility.ts';

/** DestinationRules for one host in one namespace, merged the way Istio merges them. */
export interface EffectiveDestinationRule {
  /** The rules that contributed, oldest first; the first one's trafficPolicy wins. */
  rules: DestinationRule[];
  trafficPolicy?: TrafficPolicy;
  subsets: { subset: Subset; rule: DestinationRule; index: number }[];
  /** Sentence for the trace: where it was found and why there. */
  reason: string;
}

/**
 * Rule 12: the DestinationRule for `host` as seen by a client in `clientNamespace`:
 * the client's namespace first, then the Service's namespace, then the root namespace.
 * Within a namespace an exact host beats a wildcard; several rules for the same host are
 * merged (subsets appended, first trafficPolicy kept) — pilot/pkg/model/destination_rule.go
 * mergeDestinationRule, and push_context.go getDestinationRule for the lookup order.
 */
export function findDestinationRule(
  model: MeshModel,
  clientNamespace: string,
  host: string,
  serviceNamespace: string | undefined,
): EffectiveDestinationRule | undefined {
  const order: [string, string][] = [[clientNamespace, "the client's namespace"]];
  if (serviceNamespace && serviceNamespace !== clientNamespace) order.push([serviceNamespace, "the Service's namespace"]);
  if (model.rootNamespace !== clientNamespace && model.rootNamespace !== serviceNamespace) {
    order.push([model.rootNamespace, `the root namespace ${model.rootNamespace}`]);
  }
  for (const [ns, label] of order) {
    const candidates = model.destinationRules.filter(
      (dr) => dr.namespace === ns && hostMatches(dr.host, host) && isVisibleTo(dr.exportTo, clientNamespace),
    );
    if (candidates.length === 0) continue;
    // Most specific host wins: exact, then longest wildcard.
    const best = candidates.reduce((a, b) => (specificity(b.host) > specificity(a.host) ? b : a)).host;
    const rules = candidates.filter((dr) => dr.host === best).sort(compareByCreation);
    return mergeRules(rules, `found in ${label} (${ns})`);
  }
  return undefined;
}

function specificity(host: string): number {
  return host.startsWith('*') ? host.length - 1 : Number.MAX_SAFE_INTEGER;
}

function mergeRules(rules: DestinationRule[], where: string): EffectiveDestinationRule {
  const subsets: EffectiveDestinationRule['subsets'] = [];
  const seen = new Set<string>();
  let trafficPolicy: TrafficPolicy | undefined;
  for (const rule of rules) {
    if (!trafficPolicy && rule.spec.trafficPolicy) trafficPolicy = rule.spec.trafficPolicy;
    (Array.isArray(rule.spec.subsets) ? rule.spec.subsets : []).forEach((subset, index) => {
      if (!subset || typeof subset.name !== 'string' || seen.has(subset.name)) return;
      seen.add(subset.name);
      subsets.push({ subset, rule, index });
    });
  }
  const names = rules.map((r) => r.name).join(' + ');
  const reason = `DestinationRule ${names} ${where}` + (rules.length > 1 ? '; same-namespace rules merged' : '');
  return { rules, trafficPolicy, subsets, reason };
}
