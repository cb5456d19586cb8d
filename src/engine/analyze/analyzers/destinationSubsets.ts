import type { DestinationRule } from '../../model/mesh.ts';
import { refOf } from '../../model/resource.ts';
import { type Analyzer, fixTarget, isRecord, listAt } from '../context.ts';
import { destinationsOf, type VsDestination } from '../destinations.ts';
import { msg } from '../messages.ts';
import type { QuickFix } from '../types.ts';

/**
 * IST0101 "host+subset in destinationrule" after Istio's virtualservice.DestinationRuleAnalyzer
 * (pkg/config/analysis/analyzers/virtualservice/destinationrules.go): every subset a
 * VirtualService routes to must be defined by a DestinationRule for that host. Requests to an
 * undefined subset get 503 NC (DESIGN.md rule 11). The playground also accepts a wildcard
 * DestinationRule host that covers the destination (Istio would merge it in the same way).
 * Fix: add the subset to the DestinationRule, with labels guessed from its other subsets.
 */
export const destinationSubsetAnalyzer: Analyzer = {
  name: 'virtualservice.DestinationRuleAnalyzer',
  codes: ['IST0101'],
  analyze(ctx) {
    for (const vs of ctx.model.virtualServices) {
      for (const d of destinationsOf(vs)) {
        if (d.subset === undefined) continue;
        const rules = ctx.destinationRulesFor(d.fqdn);
        if (rules.some((dr) => subsetNames(dr).includes(d.subset as string))) continue;
        const described = rules.map((dr) => ({ name: dr.name, line: refOf(dr.resource, ['spec', 'subsets']).line, subsets: subsetNames(dr) }));
        const target = pickRuleToExtend(rules, d);
        const fixes: QuickFix[] = target
          ? [{
              title: `Add subset ${d.subset} to DestinationRule ${target.name}`,
              target: fixTarget(target.resource),
              ops: [{ op: 'append', path: ['spec', 'subsets'], value: { name: d.subset, labels: guessLabels(target, d.subset) } }],
              preferred: true,
            }]
          : [];
        ctx.report(vs.resource, [...d.path, 'subset'], 'IST0101', (line) => msg.subsetNotFound(line, d, described), { fixes });
      }
    }
  },
};

export function subsetNames(dr: DestinationRule): string[] {
  return listAt(dr.spec.subsets)
    .map((s) => (isRecord(s) && typeof s.name === 'string' ? s.name : undefined))
    .filter((n): n is string => n !== undefined);
}

/** The rule a new subset belongs in: exact host before wildcard, the VirtualService's namespace first. */
function pickRuleToExtend(rules: DestinationRule[], d: VsDestination): DestinationRule | undefined {
  const rank = (dr: DestinationRule) => (dr.host === d.fqdn ? 0 : 2) + (dr.namespace === d.vs.namespace ? 0 : 1);
  return [...rules].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Labels for a new subset, copied from the rule's other subsets: a label whose value equals
 * its subset's name in every subset (`version: v1` for v1) takes the new name; a label with the
 * same value everywhere (`app: reviews`) is kept. With nothing to learn from: `version: <name>`.
 */
export function guessLabels(dr: DestinationRule, name: string): Record<string, string> {
  const subsets = listAt(dr.spec.subsets).filter(isRecord);
  const labelMaps = subsets.map((s) => (isRecord(s.labels) ? (s.labels as Record<string, unknown>) : {}));
  const out: Record<string, string> = {};
  if (labelMaps.length > 0) {
    for (const key of Object.keys(labelMaps[0])) {
      const namesMatch = subsets.every((s, i) => labelMaps[i][key] === s.name);
      const same = labelMaps.every((m) => m[key] === labelMaps[0][key]);
      if (namesMatch) out[key] = name;
      else if (same && typeof labelMaps[0][key] === 'string') out[key] = labelMaps[0][key] as string;
    }
  }
  if (!Object.values(out).includes(name)) out.version = name;
  return out;
}
