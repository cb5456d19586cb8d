import type { Expectation } from '../model/routingTest.ts';
import { inBand } from '../model/shareBand.ts';
import type { Decision } from '../route/outcome.ts';
import { countsTowards, FACTS, FIELD_WORDS, shareValueOf, type MatchContext } from './matchers.ts';
import type { AssertionResult } from './types.ts';

/** Everything an expectation is checked against: every decision, in request order. */
export interface Observations {
  decisions: Decision[];
  /** Same key = the same request (same header values): stickiness is judged per key. */
  variantKey(i: number): string;
  ctx: MatchContext;
}

export function evaluate(e: Expectation, obs: Observations): AssertionResult {
  const base = { label: e.label, range: e.range, kind: e.kind };
  switch (e.kind) {
    case 'invalid':
      return { ...base, passed: false, message: e.message };
    case 'point':
      return { ...base, ...checkPoint(e, obs) };
    case 'share':
      return { ...base, ...checkShare(e, obs) };
    case 'sticky':
      return { ...base, ...checkSticky(e.expected, obs) };
  }
}

type Verdict = Pick<AssertionResult, 'passed' | 'message' | 'sampleIndex'>;

function checkPoint(e: Extract<Expectation, { kind: 'point' }>, obs: Observations): Verdict {
  const fact = FACTS[e.field];
  const n = obs.decisions.length;
  const words = FIELD_WORDS[e.field];
  const wanted = e.label.slice(e.field.length + 1);
  const others = new Map<string, number>();
  let first = -1;
  obs.decisions.forEach((d, i) => {
    if (fact.matches(d, e.expected, obs.ctx)) return;
    if (first < 0) first = i;
    const a = fact.actual(d, obs.ctx);
    others.set(a, (others.get(a) ?? 0) + 1);
  });
  if (first < 0) return { passed: true, message: `${n === 1 ? 'The request' : `All ${n} requests`} got ${words} ${wanted}.` };
  const failing = [...others.values()].reduce((s, x) => s + x, 0);
  if (n === 1) return { passed: false, sampleIndex: first, message: `Expected ${words} ${wanted}, got ${[...others.keys()][0]}.` };
  return {
    passed: false,
    sampleIndex: first,
    message: `Expected ${words} ${wanted} for every request, but ${failing} of ${n} got ${tally(others)} (first: request ${first + 1}).`,
  };
}

function checkShare(e: Extract<Expectation, { kind: 'share' }>, obs: Observations): Verdict {
  const n = obs.decisions.length;
  let hits = 0;
  let firstHit = -1;
  let firstMiss = -1;
  obs.decisions.forEach((d, i) => {
    if (countsTowards(e.dimension, e.value, d, obs.ctx, e.labelKey)) {
      hits++;
      if (firstHit < 0) firstHit = i;
    } else if (firstMiss < 0) firstMiss = i;
  });
  const percent = n === 0 ? 0 : (hits / n) * 100;
  const what = e.labelKey ? `pods with ${e.labelKey}=${e.value}` : e.dimension === 'flag' ? `flag ${e.value}` : `${e.dimension} ${e.value}`;
  const observed = `${what} got ${round(percent)}% of ${n} requests (${hits})`;
  if (inBand(percent, e.band)) return { passed: true, message: `${observed}; expected ${e.band.text}.` };
  const tooFew = percent < e.band.min;
  const band = e.band.min === e.band.max ? `${e.band.text}` : `${e.band.text}, i.e. ${round(e.band.min)}%–${round(e.band.max)}%`;
  const rest = new Map<string, number>();
  if (tooFew) {
    for (const d of obs.decisions) {
      if (!countsTowards(e.dimension, e.value, d, obs.ctx, e.labelKey)) {
        const v = shareValueOf(e.dimension, d, obs.ctx, e.labelKey);
        rest.set(v, (rest.get(v) ?? 0) + 1);
      }
    }
  }
  const elsewhere = rest.size ? ` The others got ${tally(rest)}.` : '';
  return {
    passed: false,
    sampleIndex: (tooFew ? firstMiss : firstHit) >= 0 ? (tooFew ? firstMiss : firstHit) : undefined,
    message: `${observed}; expected ${band}.${elsewhere}`,
  };
}

function checkSticky(expected: boolean, obs: Observations): Verdict {
  const byKey = new Map<string, { pods: Map<string, number>; first: number; firstOther: number }>();
  obs.decisions.forEach((d, i) => {
    const key = obs.variantKey(i);
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { pods: new Map(), first: i, firstOther: -1 }));
    const pod = d.pod ? d.pod.name : `no pod (${d.status}${d.flags.length ? ' ' + d.flags.join(',') : ''})`;
    if (g.pods.size > 0 && !g.pods.has(pod) && g.firstOther < 0) g.firstOther = i;
    g.pods.set(pod, (g.pods.get(pod) ?? 0) + 1);
  });
  const groups = [...byKey.entries()];
  const loose = groups.filter(([, g]) => g.pods.size > 1);
  const n = obs.decisions.length;
  const label = (key: string) => (key === '' ? 'the request' : `requests with ${key.split('\u0000').join(', ')}`);
  if (expected) {
    if (loose.length === 0) {
      const where = groups.length === 1 ? ` (${[...groups[0][1].pods.keys()][0]})` : ` (${groups.length} distinct requests)`;
      return { passed: true, message: `Every one of ${n} requests reached the same pod as the other requests like it${where}.` };
    }
    const [key, g] = loose[0];
    return { passed: false, sampleIndex: g.firstOther, message: `Not sticky: ${label(key)} reached ${g.pods.size} pods (${tally(g.pods)}).` };
  }
  if (loose.length > 0) return { passed: true, message: `Not sticky, as expected: ${label(loose[0][0])} reached ${loose[0][1].pods.size} pods.` };
  const only = [...groups[0]?.[1].pods.keys() ?? []][0] ?? 'nothing';
  return { passed: false, sampleIndex: groups[0]?.[1].first, message: `Expected requests to spread over pods, but every request like the first always reached the same pod (${only}).` };
}

function tally(counts: Map<string, number>): string {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, 4).map(([v, c]) => `${v} ×${c}`).join(', ');
  return sorted.length > 4 ? `${shown} and ${sorted.length - 4} more` : shown;
}

function round(x: number): string {
  return String(Math.round(x * 10) / 10);
}
