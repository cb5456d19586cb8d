import type { HTTPMatchRequest, StringMatch } from '../../model/istio.ts';
import type { HttpRequest } from '../../model/request.ts';
import { compileStringMatch, quote, type StringMatcher } from './compileStringMatch.ts';

/** Why a match block did not apply: the first failing condition. */
export interface MatchFailure {
  /** 'uri', 'scheme', 'method', 'authority', 'headers.end-user', 'queryParams.x', 'withoutHeaders.x'. */
  field: string;
  /** One sentence: "header end-user is 'bob', expected exact 'jason'". */
  reason: string;
}

/** A condition that could not be compiled (bad regex, wrong shape). It never matches. */
export interface MatchCompileError {
  field: string;
  message: string;
}

export interface CompiledHttpMatch {
  /** The block's `name`, when given. */
  readonly name?: string;
  /** Empty when every condition compiled. A block with errors never matches. */
  readonly errors: readonly MatchCompileError[];
  /** Allocation-free check (except regex on multi-valued headers, which joins the values). */
  matches(req: HttpRequest): boolean;
  /** null when the block matches, else the first failing condition. */
  test(req: HttpRequest): MatchFailure | null;
}

/** Where a condition reads its value (plain numbers: no enum, so type-stripping tools work). */
const Source = {
  Uri: 0,
  Scheme: 1,
  Method: 2,
  Authority: 3,
  Header: 4,
  WithoutHeader: 5,
  Query: 6,
  /** `@request.auth.claims...`: Istio turns these into JWT metadata matchers; no JWT is simulated. */
  JwtClaim: 7,
  WithoutJwtClaim: 8,
  /** A condition that failed to compile. */
  Invalid: 9,
} as const;
type Source = (typeof Source)[keyof typeof Source];

interface Check {
  source: Source;
  field: string;
  /** Header (lower-cased) or query parameter name. */
  name: string;
  matcher: StringMatcher | undefined;
  error?: string;
}

const PSEUDO_PATH = ':path';

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

/** The result of compiling a route's `match` list: blocks OR'ed, no blocks = match everything. */
export interface CompiledRouteMatches {
  /** Errors of every block, fields prefixed with `match[i].`. */
  readonly errors: readonly MatchCompileError[];
  /** Number of match blocks (0 = the route matches every request). */
  readonly blockCount: number;
  /** Allocation-free: does any block match? */
  matches(req: HttpRequest): boolean;
  /** null when some block matches; else the first failing condition of each block, in order. */
  test(req: HttpRequest): MatchFailure[] | null;
  /** null when some block matches; else one sentence for a trace ("no match block applies: ..."). */
  explain(req: HttpRequest): string | null;
}

const ALWAYS: CompiledRouteMatches = {
  errors: [],
  blockCount: 0,
  matches: () => true,
  test: () => null,
  explain: () => null,
};

/**
 * Rule 7: a route applies when any of its match blocks fully matches; a route without match
 * blocks applies to every request (Istio: `len(http.Match) == 0` -> catch-all route).
 * A null entry in the list is an empty block, which matches everything (Istio translates a nil
 * match to prefix '/').
 */
export function compileRouteMatches(matches: readonly (HTTPMatchRequest | null | undefined)[] | null | undefined): CompiledRouteMatches {
  if (!Array.isArray(matches) || matches.length === 0) return ALWAYS;
  const blocks = matches.map((m) => compileHttpMatch(m));
  const errors: MatchCompileError[] = [];
  blocks.forEach((b, i) => {
    for (const e of b.errors) errors.push({ field: `match[${i}].${e.field}`, message: e.message });
  });
  const n = blocks.length;
  const anyMatches =
    n === 1
      ? blocks[0].matches
      : (req: HttpRequest): boolean => {
          for (let i = 0; i < n; i++) if (blocks[i].matches(req)) return true;
          return false;
        };
  const test = (req: HttpRequest): MatchFailure[] | null => {
    if (anyMatches(req)) return null;
    return blocks.map((b) => b.test(req) ?? { field: '', reason: 'matched' });
  };
  return {
    errors,
    blockCount: n,
    matches: anyMatches,
    test,
    explain(req) {
      const failures = test(req);
      if (!failures) return null;
      if (failures.length === 1) return failures[0].reason;
      return `no match block applies: ${failures
        .map((f, i) => `${blocks[i].name ? `block ${i + 1} (${blocks[i].name})` : `block ${i + 1}`}: ${f.reason}`)
        .join('; ')}`;
    },
  };
}

/** What rule 6 needs to know about the sending proxy. */
export interface ClientFacts {
  labels: Record<string, string> | undefined;
  namespace: string;
  /** 'mesh' for a sidecar, 'ns/name' of the Gateway resource for a gateway proxy. */
  gateway: string;
  /** The listener (destination) port the request uses. */
  port: number;
}

/**
 * Rule 6: the per-client conditions of a match block, evaluated when the client's config is
 * built (istio pilot route.go translateRoute + sourceMatchHTTP):
 * - `port` set and different from the listener port -> drop;
 * - `gateways` set -> keep iff one of them is this proxy's gateway ('mesh' for sidecars);
 *   in that case `sourceLabels` and `sourceNamespace` are NOT checked (Istio's `else if`);
 * - otherwise keep iff `sourceLabels` is a subset of the client's labels and `sourceNamespace`
 *   is empty or the client's namespace.
 * Gateway short names are resolved against `vsNamespace` like Istio's resolveGatewayName
 * (`gw` -> `ns/gw`, `./gw` -> `ns/gw`, legacy `gw.ns.svc.cluster.local` -> `ns/gw`).
 */
export function evaluateClientConditions(
  match: HTTPMatchRequest | null | undefined,
  client: ClientFacts,
  vsNamespace?: string,
): 'keep' | 'drop' {
  if (!match || typeof match !== 'object') return 'keep';
  if (typeof match.port === 'number' && match.port !== 0 && match.port !== client.port) return 'drop';
  const gateways = Array.isArray(match.gateways) ? match.gateways.filter((g): g is string => typeof g === 'string') : [];
  if (gateways.length > 0) {
    for (const g of gateways) {
      const resolved = g === 'mesh' || vsNamespace === undefined ? g : resolveGatewayName(g, vsNamespace);
      if (resolved === client.gateway) return 'keep';
    }
    return 'drop';
  }
  const want = match.sourceLabels;
  if (want && typeof want === 'object') {
    const have = client.labels ?? {};
    for (const k of Object.keys(want)) {
      if (!Object.prototype.hasOwnProperty.call(have, k) || have[k] !== want[k]) return 'drop';
    }
  }
  if (typeof match.sourceNamespace === 'string' && match.sourceNamespace !== '' && match.sourceNamespace !== client.namespace) {
    return 'drop';
  }
  return 'keep';
}

/** Istio's resolveGatewayName (pilot/pkg/model/config.go). 'mesh' must be handled by the caller. */
export function resolveGatewayName(name: string, vsNamespace: string): string {
  const slash = name.indexOf('/');
  if (slash < 0) {
    const dot = name.indexOf('.');
    if (dot < 0) return `${vsNamespace}/${name}`;
    // Legacy FQDN: name.ns.svc.cluster.local -> ns/name
    const rest = name.slice(dot + 1);
    const dot2 = rest.indexOf('.');
    return `${dot2 < 0 ? rest : rest.slice(0, dot2)}/${name.slice(0, dot)}`;
  }
  if (name.slice(0, slash) === '.') return `${vsNamespace}/${name.slice(slash + 1)}`;
  return name;
}

/**
 * Whether a match block still constrains the request once the per-client conditions are gone.
 * False exactly when Istio's generated Envoy route is a catch-all (route.go IsCatchAllRoute):
 * path is prefix '/' (or absent, or `{}`) or regex '.*', and there is no header, query
 * parameter, method, authority or scheme condition. Such a block makes its route a catch-all,
 * so later routes never apply to that client (rule 6).
 */
export function hasRequestConditions(match: HTTPMatchRequest | null | undefined): boolean {
  if (!match || typeof match !== 'object') return false;
  if (nonEmptyMap(match.headers) || nonEmptyMap(match.withoutHeaders) || nonEmptyMap(match.queryParams)) return true;
  if (isSet(match.method) || isSet(match.authority) || isSet(match.scheme)) return true;
  const uri = match.uri as unknown;
  if (uri === undefined || uri === null) return false;
  if (typeof uri !== 'object') return true;
  const u = uri as StringMatch;
  if (typeof u.exact === 'string') return true;
  if (typeof u.prefix === 'string') return u.prefix !== '/';
  if (typeof u.regex === 'string') return u.regex !== '.*';
  return Object.keys(u).length > 0;
}

function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function nonEmptyMap(v: unknown): boolean {
  return !!v && typeof v === 'object' && Object.keys(v).length > 0;
}

function isJwtClaim(lowerName: string): boolean {
  return lowerName.startsWith('@request.auth.claims');
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

/**
 * The value Envoy matches for a header name: undefined when absent, the single value, or all
 * values joined with ','. Pseudo-headers and `host` read the request line.
 */
function headerValue(req: HttpRequest, name: string): string | undefined {
  const values = req.headers[name];
  if (Array.isArray(values)) {
    if (values.length === 1) return values[0];
    if (values.length > 1) return values.join(',');
  }
  if (name.charCodeAt(0) === 58 /* ':' */ || name === 'host') {
    switch (name) {
      case 'host':
      case ':authority':
        return req.authority;
      case ':method':
        return req.method;
      case ':scheme':
        return req.scheme;
      case PSEUDO_PATH:
        return req.query === '' ? req.path : `${req.path}?${req.query}`;
    }
  }
  return undefined;
}

/**
 * Finds the first `name` parameter in a raw query string and tests its value in place.
 * Mirrors Envoy QueryParamsMulti::parseParameters without decoding: params split on '&', the
 * name runs to the first '=', a param without '=' has value ''.
 */
function queryMatches(query: string, name: string, matcher: StringMatcher): boolean {
  const found = findQueryParam(query, name);
  if (found < 0) return false;
  if (matcher.kind === 'present') return true;
  const start = found;
  let end = query.indexOf('&', start);
  if (end < 0) end = query.length;
  return matcher.testRange(query, start, end);
}

/**
 * Start index of the first value of `name`, or -1. A param without '=' has an empty value that
 * starts (and ends) where the param ends. Like Envoy, a trailing '&' adds nothing, but an empty
 * segment in the middle ("a&&b") is a param with an empty name.
 */
function findQueryParam(query: string, name: string): number {
  const len = query.length;
  let start = 0;
  while (start < len) {
    let end = query.indexOf('&', start);
    if (end < 0) end = len;
    let nameEnd = start;
    while (nameEnd < end && query.charCodeAt(nameEnd) !== 61 /* '=' */) nameEnd++;
    if (nameEnd - start === name.length && query.startsWith(name, start)) return nameEnd === end ? end : nameEnd + 1;
    start = end + 1;
  }
  return -1;
}

/** First value of a query parameter as Envoy sees it (raw), or undefined. */
export function firstQueryValue(query: string, name: string): string | undefined {
  const start = findQueryParam(query, name);
  if (start < 0) return undefined;
  let end = query.indexOf('&', start);
  if (end < 0) end = query.length;
  return query.slice(start, end);
}

function explainFailure(c: Check, req: HttpRequest): string {
  const mt = c.matcher;
  const expected = mt ? mt.description : '';
  switch (c.source) {
    case Source.Invalid:
      return `${c.field} cannot be evaluated (${c.error ?? 'invalid'}), so this block never matches`;
    case Source.Uri:
      return `uri is ${quote(req.path)}, expected ${expected}`;
    case Source.Scheme:
      return `scheme is ${quote(req.scheme)}, expected ${expected}`;
    case Source.Method:
      return `method is ${quote(req.method)}, expected ${expected}`;
    case Source.Authority:
      return `authority is ${quote(req.authority)}, expected ${expected}`;
    case Source.Header: {
      const v = headerValue(req, c.name);
      if (v === undefined) {
        return mt!.kind === 'present'
          ? `header ${c.name} is absent, expected it to be present`
          : `header ${c.name} is absent, expected ${expected}`;
      }
      return `header ${c.name} is ${quote(v)}, expected ${expected}`;
    }
    case Source.WithoutHeader: {
      const v = headerValue(req, c.name);
      if (mt!.kind === 'present') return `header ${c.name} is present (${quote(v ?? '')}), but withoutHeaders requires it to be absent`;
      if (v === undefined) return `header ${c.name} is absent (tested as ''), which matches ${expected} in withoutHeaders`;
      return `header ${c.name} is ${quote(v)}, which matches ${expected} in withoutHeaders`;
    }
    case Source.Query: {
      const v = firstQueryValue(req.query, c.name);
      if (v === undefined) {
        return mt!.kind === 'present'
          ? `query parameter ${c.name} is absent, expected it to be present`
          : `query parameter ${c.name} is absent, expected ${expected}`;
      }
      return `query parameter ${c.name} is ${quote(v)}, expected ${expected}`;
    }
    case Source.JwtClaim:
      return `${c.field} matches a JWT claim, and the playground does not simulate validated JWTs`;
    case Source.WithoutJwtClaim:
      return `${c.field} matched`;
  }
}
