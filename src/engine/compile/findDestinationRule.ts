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
 * Rule 12: the DestinationRule for `host` as seen by a client in `clientNamespace`, in Istio's
 * order (pilot/pkg/model/push_context.go PushContext.destinationRule, setDestinationRules):
 * 1. the client's namespace: rules there that are visible to it ('*', '.', or naming it).
 *    A client in the root namespace only looks at the root's private rules here;
 * 2. the Service's namespace: rules there exported to the client (not private-only);
 * 3. the root namespace: rules exported to the client.
 * Within a namespace an exact host beats a wildcard (MostSpecificHostMatch); several rules for
 * the same host are merged (subsets appended, first trafficPolicy kept) — destination_rule.go
 * mergeDestinationRule, after sorting by creation time.
 */
export function findDestinationRule(
  model: MeshModel,
  clientNamespace: string,
  host: string,
  serviceNamespace: string | undefined,
): EffectiveDestinationRule | undefined {
  const root = model.rootNamespace;
  const inNs = (ns: string, accept: (dr: DestinationRule) => boolean) =>
    model.destinationRules.filter((dr) => dr.namespace === ns && hostMatches(dr.host, host) && accept(dr));
  const exported = (dr: DestinationRule) => !isPrivateOnly(dr) && isVisibleTo(dr.exportTo, clientNamespace);
  const steps: [string, string, DestinationRule[]][] = [];
  if (clientNamespace !== root) {
    steps.push([clientNamespace, "the client's namespace", inNs(clientNamespace, (dr) => isVisibleTo(dr.exportTo, clientNamespace))]);
  } else {
    steps.push([root, `the client's namespace (the root namespace ${root}, private rules only)`, inNs(root, isPrivateOnly)]);
  }
  if (serviceNamespace && serviceNamespace !== clientNamespace) {
    steps.push([serviceNamespace, "the Service's namespace", inNs(serviceNamespace, exported)]);
  }
  steps.push([root, `the root namespace ${root}`, inNs(root, exported)]);
  for (const [ns, label, candidates] of steps) {
    if (candidates.length === 0) continue;
    // Most specific host wins: exact, then longest wildcard.
    const best = candidates.reduce((a, b) => (specificity(b.host) > specificity(a.host) ? b : a)).host;
    const rules = candidates.filter((dr) => dr.host === best).sort(compareByCreation);
    return mergeRules(rules, `found in ${label} (${ns})`);
  }
  return undefined;
}

/** exportTo is exactly its own namespace ('.'): Istio keeps it out of the exported index. */
function isPrivateOnly(dr: DestinationRule): boolean {
  return dr.exportTo.length === 1 && dr.exportTo[0] === dr.namespace;
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
