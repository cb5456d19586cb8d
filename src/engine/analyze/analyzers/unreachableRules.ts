import type { VirtualService } from '../../model/mesh.ts';
import { lineOf } from '../../model/resource.ts';
import { type AnalysisContext, type Analyzer, fixTarget, isRecord, listAt } from '../context.ts';
import { canonicalMatch, describeCatchAll, matchesEverything } from '../matchKeys.ts';
import { msg } from '../messages.ts';
import { covers, type PrefixMatch, prefixMatchOf } from '../prefixOverlap.ts';

type Protocol = 'http' | 'tcp' | 'tls';

/**
 * IST0130 / IST0131 after Istio's analyzeUnreachableHTTPRules (pkg/config/validation/validation.go,
 * reported by `istioctl analyze` through the schema analyzer):
 * - a rule after a rule without `match` is never used ("route without matches defined before";
 *   two rules without matches: "only the last rule can have no matches");
 * - a match block equal to an earlier one (name ignored) is ineffective (IST0131), and a rule
 *   whose blocks are all such duplicates is unused ("all matches used by prior rules");
 * - an HTTP `uri` prefix match covered by an earlier, looser prefix match is ineffective.
 * Playground addition, same code: a rule after one whose match block matches every request
 * (`uri: {prefix: /}` and nothing else) is unreachable too — Envoy stops at the first match.
 * Fix: remove the unreachable rule.
 */
export const unreachableRulesAnalyzer: Analyzer = {
  name: 'virtualservice.UnreachableRulesAnalyzer',
  codes: ['IST0130', 'IST0131'],
  analyze(ctx) {
    for (const vs of ctx.model.virtualServices) {
      for (const protocol of ['http', 'tcp', 'tls'] as const) analyzeRules(ctx, vs, protocol);
    }
  },
};

interface CatchAll {
  rule: number;
  /** The rule has no `match` at all (Istio's case) rather than a block that matches everything. */
  noMatch: boolean;
  what: string;
}

function analyzeRules(ctx: AnalysisContext, vs: VirtualService, protocol: Protocol): void {
  const rules = listAt((vs.spec as Record<string, unknown>)[protocol]);
  const seen = new Map<string, number>();
  const prefixes: PrefixMatch[] = [];
  let catchAll: CatchAll | undefined;
  rules.forEach((rule, i) => {
    if (!isRecord(rule)) return;
    const name = ruleName(rule, i, protocol);
    const blocks = listAt(rule.match);
    const unreachable = (reason: string, explanation: string) => reportUnreachable(ctx, vs, protocol, i, name, reason, explanation);
    if (blocks.length === 0) {
      if (catchAll) unreachable(catchAll.noMatch ? 'only the last rule can have no matches' : 'a prior rule matches every request', explain(vs, protocol, catchAll));
      catchAll ??= { rule: i, noMatch: true, what: 'has no match conditions' };
      return;
    }
    if (catchAll) {
      unreachable(catchAll.noMatch ? 'route without matches defined before' : 'a prior rule matches every request', explain(vs, protocol, catchAll));
      return;
    }
    let duplicates = 0;
    blocks.forEach((block, j) => {
      const key = canonicalMatch(block);
      const dup = seen.get(key);
      if (dup !== undefined) {
        duplicates++;
        ctx.report(vs.resource, ['spec', protocol, i, 'match', j], 'IST0131', (line) =>
          msg.ineffectiveMatch(line, name, matchName(block, j), ruleName(rules[dup], dup, protocol)),
        );
        return;
      }
      seen.set(key, i);
      if (protocol !== 'http') return;
      const p = prefixMatchOf(block, i, j, name, matchName(block, j));
      if (p) prefixes.push(p);
    });
    if (duplicates === blocks.length) unreachable('all matches used by prior rules', 'Every request it matches is taken by an earlier rule.');
    const everything = protocol === 'http' ? blocks.find(matchesEverything) : undefined;
    if (everything !== undefined) catchAll = { rule: i, noMatch: false, what: `matches every request (${describeCatchAll(everything)})` };
  });
  reportPrefixOverlaps(ctx, vs, prefixes);
}

/** Istio compares each prefix match with every later one whose prefix differs. */
function reportPrefixOverlaps(ctx: AnalysisContext, vs: VirtualService, prefixes: PrefixMatch[]): void {
  for (let a = 0; a < prefixes.length; a++) {
    for (let b = a + 1; b < prefixes.length; b++) {
      const A = prefixes[a];
      const B = prefixes[b];
      if (A.prefix === B.prefix || A.rule === B.rule || !covers(A, B)) continue;
      ctx.report(vs.resource, ['spec', 'http', B.rule, 'match', B.match], 'IST0131', (line) =>
        msg.ineffectiveMatch(line, B.ruleName, `${B.matchName} of prefix ${B.prefix}`, `${A.matchName} of prefix ${A.prefix} on ${A.ruleName}`),
      );
    }
  }
}

function reportUnreachable(ctx: AnalysisContext, vs: VirtualService, protocol: Protocol, i: number, name: string, reason: string, explanation: string): void {
  ctx.report(vs.resource, ['spec', protocol, i], 'IST0130', (line) => msg.unreachableRule(line, name, reason, explanation), {
    fixes: [{
      title: `Remove unreachable rule ${name}`,
      target: fixTarget(vs.resource),
      ops: [{ op: 'delete', path: ['spec', protocol, i] }],
    }],
  });
}

function explain(vs: VirtualService, protocol: Protocol, c: CatchAll): string {
  const line = lineOf(vs.resource, ['spec', protocol, c.rule]);
  return `Rule #${c.rule} (line ${line}) ${c.what}, and the first matching rule wins, so no request reaches this one.`;
}

/** Istio's routeName: `"name"` for a named HTTP route, else `#index`. */
function ruleName(rule: unknown, i: number, protocol: Protocol): string {
  return protocol === 'http' && isRecord(rule) && typeof rule.name === 'string' && rule.name !== '' ? `"${rule.name}"` : `#${i}`;
}

function matchName(block: unknown, j: number): string {
  return isRecord(block) && typeof block.name === 'string' && block.name !== '' ? `"${block.name}"` : `#${j}`;
}
