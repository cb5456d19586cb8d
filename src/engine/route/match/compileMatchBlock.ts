import type { HTTPMatchRequest, StringMatch } from '../../model/istio.ts';
import type { HttpRequest } from '../../model/request.ts';
import { Source, type Check } from './check.ts';
import { compileStringMatch } from './compileStringMatch.ts';
import { explainFailure } from './explainFailure.ts';
import { headerValue, isJwtClaim } from './headerConditions.ts';
import { queryMatches } from './queryConditions.ts';
import type { CompiledHttpMatch, MatchCompileError, MatchFailure } from './types.ts';

/**
 * Compiles one VirtualService HTTPMatchRequest (rule 7): every condition must hold.
 * Semantics follow what Istio generates and Envoy evaluates:
 * - `uri` matches the path without the query string (Envoy PathMatcher::match strips query and
 *   fragment for prefix, exact and safe_regex); `ignoreUriCase` folds ASCII case for exact/prefix
 *   only (Envoy ignores case_sensitive for safe_regex).
 * - `scheme`, `method`, `authority` become matchers on the pseudo-headers :scheme, :method,
 *   :authority (pilot route.go TranslateRouteMatch).
 * - `headers` names are case-insensitive (Envoy LowerCaseString); a header sent several times is
 *   matched as its values joined with ',' (Envoy HeaderUtility::getAllOfHeaderAsString).
 *   `host` reads :authority (Envoy maps the legacy host header to :authority).
 *   `{}` (or `regex: "*"`, which Istio turns into present_match too but its webhook rejects)
 *   means present.
 * - `withoutHeaders` inverts the matcher; for a string match Istio sets
 *   treat_missing_header_as_empty, so an absent header is tested as '' (and passes unless the
 *   matcher accepts ''); `{}` passes only when the header is absent.
 * - `queryParams` test the first value of that name in the raw (not percent-decoded) query
 *   (Envoy QueryParamsMulti::parseQueryString + getFirstValue); `?x` and `?x=` both give ''.
 *   `exact: ""` is therefore not "present": it accepts `?x` and `?x=` only.
 * - `port`, `sourceLabels`, `sourceNamespace`, `gateways` are per client: see
 *   evaluateClientConditions.
 */
export function compileHttpMatch(match: HTTPMatchRequest | null | undefined): CompiledHttpMatch {
  const checks: Check[] = [];
  const errors: MatchCompileError[] = [];
  const m = (match && typeof match === 'object' ? match : {}) as HTTPMatchRequest;
  const ignoreCase = m.ignoreUriCase === true;

  const add = (source: Source, field: string, name: string, sm: StringMatch | null | undefined, ic = false) => {
    const r = compileStringMatch(sm, { field, ignoreCase: ic });
    if (r.ok) checks.push({ source, field, name, matcher: r.matcher });
    else {
      errors.push({ field, message: r.error });
      checks.push({ source: Source.Invalid, field, name, matcher: undefined, error: r.error });
    }
  };

  if (m.uri !== undefined && m.uri !== null) add(Source.Uri, 'uri', '', m.uri, ignoreCase);
  if (m.scheme !== undefined && m.scheme !== null) add(Source.Scheme, 'scheme', '', m.scheme);
  if (m.method !== undefined && m.method !== null) add(Source.Method, 'method', '', m.method);
  if (m.authority !== undefined && m.authority !== null) add(Source.Authority, 'authority', '', m.authority);

  forEachEntry(m.headers, 'headers', errors, checks, (name, sm) => {
    const lower = name.toLowerCase();
    if (isJwtClaim(lower)) add(Source.JwtClaim, `headers.${name}`, lower, sm);
    else add(Source.Header, `headers.${name}`, lower, sm);
  });
  forEachEntry(m.queryParams, 'queryParams', errors, checks, (name, sm) => {
    add(Source.Query, `queryParams.${name}`, name, sm);
  });
  forEachEntry(m.withoutHeaders, 'withoutHeaders', errors, checks, (name, sm) => {
    const lower = name.toLowerCase();
    if (isJwtClaim(lower)) add(Source.WithoutJwtClaim, `withoutHeaders.${name}`, lower, sm);
    else add(Source.WithoutHeader, `withoutHeaders.${name}`, lower, sm);
  });

  const n = checks.length;
  const passes = (c: Check, req: HttpRequest): boolean => {
    switch (c.source) {
      case Source.Uri:
        return c.matcher!.test(req.path);
      case Source.Scheme:
        return c.matcher!.test(req.scheme);
      case Source.Method:
        return c.matcher!.test(req.method);
      case Source.Authority:
        return c.matcher!.test(req.authority);
      case Source.Header:
        return c.matcher!.test(headerValue(req, c.name));
      case Source.WithoutHeader: {
        const mt = c.matcher!;
        const v = headerValue(req, c.name);
        if (mt.kind === 'present') return v === undefined;
        return !mt.test(v === undefined ? '' : v);
      }
      case Source.Query:
        return queryMatches(req.query, c.name, c.matcher!);
      case Source.JwtClaim:
        return false;
      case Source.WithoutJwtClaim:
        return true;
      case Source.Invalid:
        return false;
    }
  };

  // The hot path: one predicate per condition, specialised when the check is built, and a
  // conjunction without a loop for the usual one or two conditions.
  const predicates = checks.map((c) => predicateOf(c, passes));
  const [p0, p1] = predicates;
  const matches =
    n === 0 ? () => true
    : n === 1 ? p0
    : n === 2 ? (req: HttpRequest): boolean => p0(req) && p1(req)
    : (req: HttpRequest): boolean => {
        for (let i = 0; i < n; i++) if (!predicates[i](req)) return false;
        return true;
      };

  const test = (req: HttpRequest): MatchFailure | null => {
    for (let i = 0; i < n; i++) {
      const c = checks[i];
      if (!passes(c, req)) return { field: c.field, reason: explainFailure(c, req) };
    }
    return null;
  };

  const name = typeof m.name === 'string' && m.name !== '' ? m.name : undefined;
  return { name, errors, matches, test };
}

/**
 * A condition as a function of the request. Plain header conditions (the common case) read the
 * header directly and compare without going through the matcher for exact and prefix; every
 * other source uses the generic `passes`.
 */
function predicateOf(c: Check, passes: (c: Check, req: HttpRequest) => boolean): (req: HttpRequest) => boolean {
  const m = c.matcher;
  if (c.source === Source.Header && m && !m.ignoreCase) {
    const name = c.name;
    const p = m.pattern;
    if (m.kind === 'exact') return (req) => headerValue(req, name) === p;
    if (m.kind === 'prefix') {
      return (req) => {
        const v = headerValue(req, name);
        return v !== undefined && v.startsWith(p);
      };
    }
    const test = m.test;
    return (req) => test(headerValue(req, name));
  }
  if (c.source === Source.Uri && m) {
    const test = m.test;
    return (req) => test(req.path);
  }
  return (req) => passes(c, req);
}

function forEachEntry(
  map: Record<string, StringMatch> | undefined,
  what: string,
  errors: MatchCompileError[],
  checks: Check[],
  fn: (name: string, sm: StringMatch) => void,
): void {
  if (map === undefined || map === null) return;
  if (typeof map !== 'object' || Array.isArray(map)) {
    const message = `${what} must be a map from name to StringMatch.`;
    errors.push({ field: what, message });
    checks.push({ source: Source.Invalid, field: what, name: '', matcher: undefined, error: message });
    return;
  }
  for (const name of Object.keys(map)) fn(name, map[name]);
}
