import { isRecord } from './context.ts';

/**
 * Istio's overlapping-prefix check (validation.go genMatchHTTPRoutes + coveredValidation): a
 * match with a `uri` prefix is covered by an earlier one whose prefix is a prefix of it and whose
 * port, method, authority, headers, query parameters and withoutHeaders are the same or looser.
 */
export interface PrefixMatch {
  rule: number;
  match: number;
  /** Istio's rule and match names: `"name"` or `#n`. */
  ruleName: string;
  matchName: string;
  prefix: string;
  port: number;
  method: string;
  authority: string;
  headers: Record<string, string>;
  queryParams: Record<string, string>;
  withoutHeaders: Record<string, string>;
}

export function prefixMatchOf(block: unknown, rule: number, match: number, ruleName: string, matchName: string): PrefixMatch | undefined {
  if (!isRecord(block) || !isRecord(block.uri)) return undefined;
  const prefix = block.uri.prefix;
  if (typeof prefix !== 'string' || prefix === '') return undefined;
  return {
    rule,
    match,
    ruleName,
    matchName,
    prefix,
    port: typeof block.port === 'number' ? block.port : 0,
    // Istio: "if no method information, it should be GET by default".
    method: exactOrPrefix(block.method) || 'exact:GET',
    authority: exactOrPrefix(block.authority),
    headers: mapOf(block.headers),
    queryParams: mapOf(block.queryParams),
    withoutHeaders: mapOf(block.withoutHeaders),
  };
}

/** Does the earlier match `a` cover the later match `b`? */
export function covers(a: PrefixMatch, b: PrefixMatch): boolean {
  if (!b.prefix.startsWith(a.prefix) || a.port !== b.port) return false;
  if (a.method !== b.method && !a.method.startsWith(b.method)) return false;
  if (a.authority !== b.authority && !a.authority.startsWith(b.authority)) return false;
  return sameOrLooser(a.headers, b.headers) && sameOrLooser(a.queryParams, b.queryParams) && sameOrLooser(a.withoutHeaders, b.withoutHeaders);
}

function sameOrLooser(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k in b && (a[k] === b[k] || a[k].startsWith(b[k])));
}

function exactOrPrefix(m: unknown): string {
  if (!isRecord(m)) return '';
  if (typeof m.exact === 'string' && m.exact !== '') return `exact:${m.exact}`;
  if (typeof m.prefix === 'string' && m.prefix !== '') return `prefix:${m.prefix}`;
  return '';
}

function mapOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, m] of Object.entries(v)) out[k] = exactOrPrefix(m);
  return out;
}
