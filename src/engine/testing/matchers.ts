import type { MeshModel } from '../model/mesh.ts';
import type { PointField, PointValue, ShareDimension } from '../model/routingTest.ts';
import type { Decision } from '../route/outcome.ts';

/** What a matcher may need besides the decision: the model (route names) and the test's namespace. */
export interface MatchContext {
  model: MeshModel;
  namespace: string;
}

/**
 * One per-request fact: `actual` says what the request did in words ("v1", "503 UH", "none"),
 * `matches` compares it with an expected value as written in the Test.
 */
interface Fact {
  actual(d: Decision, ctx: MatchContext): string;
  matches(d: Decision, expected: PointValue, ctx: MatchContext): boolean;
}

const NONE = 'none';

/** `reviews-v2-*` style globs; a plain name compares exactly. */
function nameMatches(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return expected === NONE;
  if (!expected.includes('*')) return actual === expected;
  const re = new RegExp(`^${expected.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(actual);
}

/** 'ns/name' objects: `name` compares the name only, `ns/name` both, globs allowed. */
function nsNameMatches(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return expected === NONE;
  return expected.includes('/') ? nameMatches(actual, expected) : nameMatches(actual.slice(actual.indexOf('/') + 1), expected);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function routeName(d: Decision, model: MeshModel): string | undefined {
  if (d.virtualService === undefined || d.routeIndex === undefined) return undefined;
  const vs = model.virtualServices.find((v) => `${v.namespace}/${v.name}` === d.virtualService);
  const route = Array.isArray(vs?.spec.http) ? vs.spec.http[d.routeIndex] : undefined;
  return typeof route?.name === 'string' ? route.name : undefined;
}

const ms = (v: number | undefined) => (v === undefined || v === 0 ? NONE : v % 1000 === 0 ? `${v / 1000}s` : `${v}ms`);
const statusText = (d: Decision) => (d.status === 0 ? `no response (${d.flags.join(',') || 'error'})` : `${d.status}${d.flags.length ? ` ${d.flags.join(',')}` : ''}`);

export const FACTS: Record<PointField, Fact> = {
  status: { actual: statusText, matches: (d, e) => d.status === e },
  flags: { actual: (d) => d.flags.join(',') || NONE, matches: (d, e) => sameSet(d.flags, e as string[]) },
  subset: { actual: (d) => d.subset ?? NONE, matches: (d, e) => nameMatches(d.subset, String(e)) },
  cluster: { actual: (d) => d.cluster ?? NONE, matches: (d, e) => nameMatches(d.cluster, String(e)) },
  service: { actual: (d) => d.service ?? NONE, matches: (d, e) => nsNameMatches(d.service, String(e)) },
  pod: { actual: (d) => (d.pod ? d.pod.name : NONE), matches: (d, e) => nsNameMatches(d.pod && `${d.pod.namespace}/${d.pod.name}`, String(e)) },
  podLabels: {
    actual: (d) => (d.pod ? Object.entries(d.pod.labels).map(([k, v]) => `${k}=${v}`).join(',') || 'no labels' : 'no pod'),
    matches: (d, e) => !!d.pod && Object.entries(e as Record<string, string>).every(([k, v]) => d.pod!.labels[k] === v),
  },
  podPort: { actual: (d) => (d.podPort === undefined ? NONE : String(d.podPort)), matches: (d, e) => d.podPort === e },
  virtualService: { actual: (d) => d.virtualService ?? NONE, matches: (d, e) => nsNameMatches(d.virtualService, String(e)) },
  route: {
    actual: (d, c) => (d.routeIndex === undefined ? NONE : `${d.routeIndex + 1}${routeName(d, c.model) ? ` (${routeName(d, c.model)})` : ''}`),
    matches: (d, e, c) => (typeof e === 'number' ? d.routeIndex !== undefined && d.routeIndex + 1 === e : routeName(d, c.model) === e || (e === NONE && d.routeIndex === undefined)),
  },
  mode: { actual: (d) => d.mode, matches: (d, e) => d.mode === e },
  delay: { actual: (d) => ms(d.delayMs), matches: (d, e) => (d.delayMs || null) === (e || null) },
  timeout: { actual: (d) => ms(d.timeoutMs), matches: (d, e) => (d.timeoutMs || null) === (e || null) },
  retries: { actual: (d) => (d.retryAttempts === undefined ? NONE : String(d.retryAttempts)), matches: (d, e) => (d.retryAttempts ?? 0) === e },
  mirror: {
    actual: (d) => d.mirrors?.join(',') || NONE,
    matches: (d, e) => (e === NONE ? !d.mirrors?.length : !!d.mirrors?.some((m) => nameMatches(m, String(e)))),
  },
  location: { actual: (d) => d.location ?? NONE, matches: (d, e) => (d.location ?? NONE) === e },
  hashKey: { actual: (d) => d.hashKey ?? NONE, matches: (d, e) => nameMatches(d.hashKey, String(e)) },
};

/** Does request `d` count towards `value` of a share dimension? */
export function countsTowards(dimension: ShareDimension, value: string, d: Decision, ctx: MatchContext, labelKey?: string): boolean {
  switch (dimension) {
    case 'status': return String(d.status) === value;
    case 'flag': return value.toUpperCase() === NONE.toUpperCase() ? d.flags.length === 0 : d.flags.includes(value.toUpperCase() as Decision['flags'][number]);
    case 'podLabel': return d.pod ? (d.pod.labels[labelKey!] ?? NONE) === value : value === NONE;
    case 'mirror': return FACTS.mirror.matches(d, value, ctx);
    default: return FACTS[dimension].matches(d, value, ctx);
  }
}

/** The value a request has for a share dimension, in words (for "they went to v1 ×12"). */
export function shareValueOf(dimension: ShareDimension, d: Decision, ctx: MatchContext, labelKey?: string): string {
  switch (dimension) {
    case 'status': return String(d.status);
    case 'flag': return d.flags.join(',') || NONE;
    case 'podLabel': return d.pod ? d.pod.labels[labelKey!] ?? NONE : 'no pod';
    default: return FACTS[dimension].actual(d, ctx);
  }
}

/** Human wording of each field, for messages: "reached subset v2", "returned status 200". */
export const FIELD_WORDS: Record<PointField, string> = {
  status: 'status', flags: 'response flags', subset: 'subset', cluster: 'cluster', service: 'Service',
  pod: 'pod', podLabels: 'pod labels', podPort: 'pod port', virtualService: 'VirtualService', route: 'route',
  mode: 'client mode', delay: 'injected delay', timeout: 'route timeout', retries: 'retry attempts',
  mirror: 'mirror', location: 'redirect location', hashKey: 'hash key',
};
