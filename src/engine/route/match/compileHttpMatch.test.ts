import { describe, expect, it } from 'vitest';
import type { HTTPMatchRequest } from '../../model/istio.ts';
import type { HttpRequest } from '../../model/request.ts';
import { parseCurl } from '../../curl/parseCurl.ts';
import {
  compileHttpMatch,
  compileRouteMatches,
  evaluateClientConditions,
  firstQueryValue,
  hasRequestConditions,
  resolveGatewayName,
  type ClientFacts,
} from './compileHttpMatch.ts';

function request(overrides: Partial<HttpRequest> = {}): HttpRequest {
  return {
    method: 'GET',
    scheme: 'http',
    authority: 'reviews.prod:9080',
    host: 'reviews.prod',
    port: 9080,
    path: '/reviews/0',
    query: '',
    headers: {},
    cookies: {},
    ...overrides,
  };
}

function curl(line: string): HttpRequest {
  const r = parseCurl(line);
  if (!r.ok) throw new Error(r.error);
  return r.request;
}

const test = (m: HTTPMatchRequest, req: HttpRequest) => compileHttpMatch(m).test(req);
const ok = (m: HTTPMatchRequest, req: HttpRequest) => {
  const c = compileHttpMatch(m);
  const matched = c.matches(req);
  expect(c.test(req) === null).toBe(matched); // the fast path and the explaining path agree
  return matched;
};

// Reference: https://istio.io/latest/docs/reference/config/networking/virtual-service/#HTTPMatchRequest
describe('rule 7: uri matches the path without the query string', () => {
  // Envoy Matchers::PathMatcher::match strips query and fragment before prefix/exact/regex.
  it('exact, prefix and regex ignore the query', () => {
    const req = request({ path: '/ping', query: 'x=1' });
    expect(ok({ uri: { exact: '/ping' } }, req)).toBe(true);
    expect(ok({ uri: { prefix: '/pi' } }, req)).toBe(true);
    expect(ok({ uri: { regex: '/p[a-z]+' } }, req)).toBe(true);
    expect(ok({ uri: { prefix: '/ping?x' } }, req)).toBe(false);
  });

  it('explains a failure with the path and the expectation', () => {
    expect(test({ uri: { prefix: '/api' } }, request({ path: '/ping' }))).toEqual({
      field: 'uri',
      reason: "uri is '/ping', expected prefix '/api'",
    });
  });

  it('ignoreUriCase applies to exact and prefix, not regex', () => {
    const req = request({ path: '/PING' });
    expect(ok({ uri: { exact: '/ping' }, ignoreUriCase: true }, req)).toBe(true);
    expect(ok({ uri: { prefix: '/pi' }, ignoreUriCase: true }, req)).toBe(true);
    expect(ok({ uri: { regex: '/ping' }, ignoreUriCase: true }, req)).toBe(false);
    expect(test({ uri: { exact: '/x' }, ignoreUriCase: true }, req)?.reason).toBe("uri is '/PING', expected exact '/x' (ignoring case)");
  });
});

describe('rule 7: headers', () => {
  it('exact / prefix / regex on the header value; the failure names the header', () => {
    const req = curl("curl -H 'end-user: bob' http://reviews:9080/");
    expect(ok({ headers: { 'end-user': { exact: 'bob' } } }, req)).toBe(true);
    expect(ok({ headers: { 'end-user': { prefix: 'b' } } }, req)).toBe(true);
    expect(ok({ headers: { 'end-user': { regex: 'b.b' } } }, req)).toBe(true);
    expect(test({ headers: { 'end-user': { exact: 'jason' } } }, req)).toEqual({
      field: 'headers.end-user',
      reason: "header end-user is 'bob', expected exact 'jason'",
    });
  });

  it('header names are case-insensitive (Envoy LowerCaseString)', () => {
    const req = curl("curl -H 'End-User: jason' http://reviews:9080/");
    expect(ok({ headers: { 'END-USER': { exact: 'jason' } } }, req)).toBe(true);
  });

  it('header values are case-sensitive', () => {
    const req = curl("curl -H 'end-user: Jason' http://reviews:9080/");
    expect(ok({ headers: { 'end-user': { exact: 'jason' } } }, req)).toBe(false);
  });

  it('an absent header fails, with its own sentence', () => {
    expect(test({ headers: { 'end-user': { exact: 'jason' } } }, request())?.reason).toBe(
      "header end-user is absent, expected exact 'jason'",
    );
  });

  it('{} means present: any value, even empty, but not absent', () => {
    expect(ok({ headers: { foo: {} } }, curl("curl -H 'foo: bar' http://a/"))).toBe(true);
    expect(ok({ headers: { foo: {} } }, curl("curl -H 'foo;' http://a/"))).toBe(true);
    expect(test({ headers: { foo: {} } }, request())?.reason).toBe('header foo is absent, expected it to be present');
  });

  // Envoy HeaderUtility::matchHeaders uses getAllOfHeaderAsString(headers, name, ","), so a
  // header sent several times is matched as all values joined with ','.
  it('a header sent several times is matched as its values joined with ","', () => {
    const req = curl("curl -H 'foo: a' -H 'foo: b' http://x/");
    expect(ok({ headers: { foo: { exact: 'a,b' } } }, req)).toBe(true);
    expect(ok({ headers: { foo: { exact: 'a' } } }, req)).toBe(false);
    expect(ok({ headers: { foo: { regex: 'a,.*' } } }, req)).toBe(true);
    expect(test({ headers: { foo: { exact: 'a' } } }, req)?.reason).toBe("header foo is 'a,b', expected exact 'a'");
  });

  it('exact "" matches only an empty value (Istio emits a StringMatcher, not present_match)', () => {
    expect(ok({ headers: { foo: { exact: '' } } }, curl("curl -H 'foo;' http://a/"))).toBe(true);
    expect(ok({ headers: { foo: { exact: '' } } }, curl("curl -H 'foo: x' http://a/"))).toBe(false);
    expect(ok({ headers: { foo: { exact: '' } } }, request())).toBe(false);
  });

  it('the host header and pseudo-headers read the request line (Envoy maps host to :authority)', () => {
    const req = curl("curl -H 'Host: www.example.com' http://10.0.0.1/p?q=1");
    expect(ok({ headers: { host: { exact: 'www.example.com' } } }, req)).toBe(true);
    expect(ok({ headers: { ':authority': { exact: 'www.example.com' } } }, req)).toBe(true);
    expect(ok({ headers: { ':path': { exact: '/p?q=1' } } }, req)).toBe(true);
    expect(ok({ headers: { ':method': { exact: 'GET' } } }, req)).toBe(true);
  });

  it('the cookie header can be matched like any header (the bookinfo end-user pattern)', () => {
    const m: HTTPMatchRequest = { headers: { cookie: { regex: '^(.*?;)?(user=jason)(;.*)?$' } } };
    expect(ok(m, curl("curl -b 'user=jason' http://productpage:9080/"))).toBe(true);
    expect(ok(m, curl("curl -b 'a=1;user=jason' http://productpage:9080/"))).toBe(true);
    expect(ok(m, curl("curl -b 'user=bob' http://productpage:9080/"))).toBe(false);
  });

  it('does not read headers inherited from Object.prototype', () => {
    expect(ok({ headers: { constructor: {} } }, request())).toBe(false);
  });

  it('JWT claim headers are not simulated: they never match', () => {
    expect(test({ headers: { '@request.auth.claims.groups': { exact: 'admin' } } }, request())?.reason).toContain('JWT');
    expect(ok({ withoutHeaders: { '@request.auth.claims.groups': { exact: 'admin' } } }, request())).toBe(true);
  });
});

describe('rule 7: withoutHeaders', () => {
  // Istio TranslateRouteMatch: invert_match = true, and treat_missing_header_as_empty unless the
  // StringMatch is a present match (Envoy then evaluates a missing header as '').
  it('passes when the condition does not match, fails when it does', () => {
    const m: HTTPMatchRequest = { withoutHeaders: { 'end-user': { exact: 'jason' } } };
    expect(ok(m, curl("curl -H 'end-user: bob' http://a/"))).toBe(true);
    expect(ok(m, request())).toBe(true);
    expect(test(m, curl("curl -H 'end-user: jason' http://a/"))).toEqual({
      field: 'withoutHeaders.end-user',
      reason: "header end-user is 'jason', which matches exact 'jason' in withoutHeaders",
    });
  });

  it('{} passes only when the header is absent', () => {
    const m: HTTPMatchRequest = { withoutHeaders: { 'x-debug': {} } };
    expect(ok(m, request())).toBe(true);
    expect(ok(m, curl("curl -H 'x-debug;' http://a/"))).toBe(false);
    expect(test(m, curl("curl -H 'x-debug: 1' http://a/"))?.reason).toBe(
      "header x-debug is present ('1'), but withoutHeaders requires it to be absent",
    );
  });

  it('an absent header is tested as "" (treat_missing_header_as_empty)', () => {
    expect(ok({ withoutHeaders: { foo: { regex: '.*' } } }, request())).toBe(false);
    expect(ok({ withoutHeaders: { foo: { exact: '' } } }, request())).toBe(false);
    expect(ok({ withoutHeaders: { foo: { prefix: 'a' } } }, request())).toBe(true);
    expect(test({ withoutHeaders: { foo: { regex: '.*' } } }, request())?.reason).toBe(
      "header foo is absent (tested as ''), which matches regex '.*' in withoutHeaders",
    );
  });
});

describe('rule 7: queryParams', () => {
  // Envoy ConfigUtility::QueryParameterMatcher::matches: QueryParamsMulti::parseQueryString (not
  // percent-decoded) and getFirstValue(name).
  it('matches the first value of the parameter', () => {
    const req = request({ query: 'v=2&v=3&x' });
    expect(ok({ queryParams: { v: { exact: '2' } } }, req)).toBe(true);
    expect(ok({ queryParams: { v: { exact: '3' } } }, req)).toBe(false);
    expect(ok({ queryParams: { v: { prefix: '2' } } }, req)).toBe(true);
    expect(ok({ queryParams: { v: { regex: '[0-9]' } } }, req)).toBe(true);
    expect(test({ queryParams: { v: { exact: '3' } } }, req)).toEqual({
      field: 'queryParams.v',
      reason: "query parameter v is '2', expected exact '3'",
    });
  });

  it('values are raw, not percent-decoded; names are case-sensitive', () => {
    const req = request({ query: 'q=a%20b&Name=x' });
    expect(ok({ queryParams: { q: { exact: 'a%20b' } } }, req)).toBe(true);
    expect(ok({ queryParams: { q: { exact: 'a b' } } }, req)).toBe(false);
    expect(ok({ queryParams: { name: {} } }, req)).toBe(false);
  });

  it('exact "" is not "present": it accepts ?x and ?x= only', () => {
    expect(ok({ queryParams: { x: { exact: '' } } }, request({ query: 'x' }))).toBe(true);
    expect(ok({ queryParams: { x: { exact: '' } } }, request({ query: 'a=1&x=' }))).toBe(true);
    expect(ok({ queryParams: { x: { exact: '' } } }, request({ query: 'x=1' }))).toBe(false);
    expect(ok({ queryParams: { x: { exact: '' } } }, request({ query: '' }))).toBe(false);
  });

  it('{} means present, with or without a value', () => {
    expect(ok({ queryParams: { x: {} } }, request({ query: 'a=1&x' }))).toBe(true);
    expect(ok({ queryParams: { x: {} } }, request({ query: 'x=5' }))).toBe(true);
    expect(test({ queryParams: { x: {} } }, request({ query: 'xx=1' }))?.reason).toBe('query parameter x is absent, expected it to be present');
  });

  it('parses like Envoy: a value may contain "=", a name never spans "&"', () => {
    expect(firstQueryValue('a=b=c', 'a')).toBe('b=c');
    expect(firstQueryValue('a&b=1', 'a')).toBe('');
    expect(firstQueryValue('ab=1&a=2', 'a')).toBe('2');
    expect(firstQueryValue('a=1&', 'b')).toBeUndefined();
    expect(firstQueryValue('a&&b', '')).toBe('');
    expect(firstQueryValue('', '')).toBeUndefined();
  });
});

describe('rule 7: method, authority and scheme', () => {
  it('method matches the request method', () => {
    expect(ok({ method: { exact: 'POST' } }, curl('curl -d x http://a/'))).toBe(true);
    expect(test({ method: { exact: 'POST' } }, request())).toEqual({ field: 'method', reason: "method is 'GET', expected exact 'POST'" });
  });

  it('authority matches the Host header value, port included', () => {
    const req = curl("curl -H 'Host: www.example.com:8080' http://10.0.0.1:8080/");
    expect(ok({ authority: { exact: 'www.example.com:8080' } }, req)).toBe(true);
    expect(ok({ authority: { prefix: 'www.example.com' } }, req)).toBe(true);
    expect(test({ authority: { exact: 'www.example.com' } }, req)?.reason).toBe(
      "authority is 'www.example.com:8080', expected exact 'www.example.com'",
    );
  });

  it('scheme matches http or https', () => {
    expect(ok({ scheme: { exact: 'http' } }, request())).toBe(true);
    expect(test({ scheme: { exact: 'https' } }, request())?.field).toBe('scheme');
  });
});

describe('rule 7: conditions in a block AND, blocks OR, no blocks match everything', () => {
  const req = curl("curl -H 'end-user: jason' http://reviews:9080/reviews/1");

  it('every condition of one block must hold; the first failing one is reported', () => {
    const m: HTTPMatchRequest = { uri: { prefix: '/reviews' }, headers: { 'end-user': { exact: 'bob' } }, method: { exact: 'GET' } };
    expect(test(m, req)).toEqual({ field: 'headers.end-user', reason: "header end-user is 'jason', expected exact 'bob'" });
  });

  it('any matching block is enough', () => {
    const c = compileRouteMatches([{ uri: { prefix: '/ratings' } }, { headers: { 'end-user': { exact: 'jason' } } }]);
    expect(c.matches(req)).toBe(true);
    expect(c.test(req)).toBeNull();
    expect(c.explain(req)).toBeNull();
  });

  it('when no block matches, each block gives its reason', () => {
    const c = compileRouteMatches([{ name: 'ratings', uri: { prefix: '/ratings' } }, { headers: { 'end-user': { exact: 'bob' } } }]);
    expect(c.test(req)).toEqual([
      { field: 'uri', reason: "uri is '/reviews/1', expected prefix '/ratings'" },
      { field: 'headers.end-user', reason: "header end-user is 'jason', expected exact 'bob'" },
    ]);
    expect(c.explain(req)).toBe(
      "no match block applies: block 1 (ratings): uri is '/reviews/1', expected prefix '/ratings'; block 2: header end-user is 'jason', expected exact 'bob'",
    );
    expect(compileRouteMatches([{ uri: { exact: '/' } }]).explain(req)).toBe("uri is '/reviews/1', expected exact '/'");
  });

  it('no match blocks (absent or empty list) match every request; an empty block too', () => {
    expect(compileRouteMatches(undefined).test(req)).toBeNull();
    expect(compileRouteMatches([]).matches(req)).toBe(true);
    expect(compileRouteMatches([{}]).matches(req)).toBe(true);
    expect(compileRouteMatches([null as unknown as HTTPMatchRequest]).matches(req)).toBe(true);
    expect(compileRouteMatches(undefined).blockCount).toBe(0);
  });

  it('a block with an invalid regex never matches and reports a compile error', () => {
    const c = compileRouteMatches([{ uri: { regex: '(?=x)' } }, { uri: { prefix: '/reviews' } }]);
    expect(c.errors).toHaveLength(1);
    expect(c.errors[0].field).toBe('match[0].uri');
    expect(c.errors[0].message).toContain('not valid RE2');
    expect(c.matches(req)).toBe(true); // the second block still applies
    const bad = compileRouteMatches([{ headers: { x: { regex: 'a'.repeat(2000) } } }]);
    expect(bad.matches(req)).toBe(false);
    expect(bad.test(req)?.[0].reason).toContain('cannot be evaluated');
  });

  it('per-client conditions are not evaluated per request (see rule 6)', () => {
    expect(ok({ sourceLabels: { app: 'nobody' }, port: 1, gateways: ['x/y'], sourceNamespace: 'z' }, req)).toBe(true);
  });

  it('the success path does not allocate failures', () => {
    const c = compileRouteMatches([
      { uri: { prefix: '/nope' } },
      { uri: { prefix: '/reviews' }, headers: { 'end-user': { exact: 'jason' } }, queryParams: {}, withoutHeaders: { x: {} } },
    ]);
    // A smoke check of the contract: matches() returns a boolean and test() null, many times.
    for (let i = 0; i < 10000; i++) if (!c.matches(req)) throw new Error('expected a match');
    expect(c.test(req)).toBeNull();
  });
});

describe('rule 6: per-client conditions (sourceLabels, sourceNamespace, gateways, port)', () => {
  const sleep: ClientFacts = { labels: { app: 'sleep', version: 'v1' }, namespace: 'infra', gateway: 'mesh', port: 8080 };

  it('no per-client condition keeps the block', () => {
    expect(evaluateClientConditions({ uri: { prefix: '/' } }, sleep)).toBe('keep');
  });

  it('sourceLabels must be a subset of the client labels', () => {
    expect(evaluateClientConditions({ sourceLabels: { app: 'sleep' } }, sleep)).toBe('keep');
    expect(evaluateClientConditions({ sourceLabels: { app: 'sleep', version: 'v2' } }, sleep)).toBe('drop');
    expect(evaluateClientConditions({ sourceLabels: { team: 'a' } }, sleep)).toBe('drop');
    expect(evaluateClientConditions({ sourceLabels: {} }, { ...sleep, labels: undefined })).toBe('keep');
  });

  it('sourceNamespace must equal the client namespace', () => {
    expect(evaluateClientConditions({ sourceNamespace: 'infra' }, sleep)).toBe('keep');
    expect(evaluateClientConditions({ sourceNamespace: 'prod' }, sleep)).toBe('drop');
  });

  it('port must equal the listener port', () => {
    expect(evaluateClientConditions({ port: 8080 }, sleep)).toBe('keep');
    expect(evaluateClientConditions({ port: 9080 }, sleep)).toBe('drop');
  });

  it("gateways must contain the proxy's gateway ('mesh' for sidecars)", () => {
    expect(evaluateClientConditions({ gateways: ['mesh'] }, sleep)).toBe('keep');
    expect(evaluateClientConditions({ gateways: ['istio-system/ingress'] }, sleep)).toBe('drop');
    const gw: ClientFacts = { ...sleep, gateway: 'istio-system/ingress' };
    expect(evaluateClientConditions({ gateways: ['istio-system/ingress'] }, gw)).toBe('keep');
    expect(evaluateClientConditions({ gateways: ['mesh'] }, gw)).toBe('drop');
  });

  // pilot route.go sourceMatchHTTP: `if len(match.Gateways) > 0 {...} else if SubsetOf(...)`.
  it('when gateways are listed, sourceLabels and sourceNamespace are not checked (Istio quirk)', () => {
    expect(evaluateClientConditions({ gateways: ['mesh'], sourceLabels: { app: 'other' }, sourceNamespace: 'elsewhere' }, sleep)).toBe('keep');
  });

  it('resolves gateway short names against the VirtualService namespace like Istio', () => {
    const gw: ClientFacts = { ...sleep, gateway: 'web/public' };
    expect(evaluateClientConditions({ gateways: ['public'] }, gw, 'web')).toBe('keep');
    expect(evaluateClientConditions({ gateways: ['./public'] }, gw, 'web')).toBe('keep');
    expect(evaluateClientConditions({ gateways: ['public.web.svc.cluster.local'] }, gw, 'other')).toBe('keep');
    expect(resolveGatewayName('gw', 'ns')).toBe('ns/gw');
    expect(resolveGatewayName('./gw', 'ns')).toBe('ns/gw');
    expect(resolveGatewayName('a/gw', 'ns')).toBe('a/gw');
    expect(resolveGatewayName('gw.a', 'ns')).toBe('a/gw');
    expect(resolveGatewayName('gw.a.svc.cluster.local', 'ns')).toBe('a/gw');
  });
});

describe('rule 6: hasRequestConditions tells when a kept block becomes a catch-all', () => {
  // Istio route.go IsCatchAllRoute: prefix '/' (or regex '.*') and no header/query matchers;
  // BuildHTTPRoutesForVirtualService stops emitting routes after a catch-all.
  it('is false for blocks that match every request', () => {
    expect(hasRequestConditions({})).toBe(false);
    expect(hasRequestConditions({ sourceLabels: { app: 'sleep' } })).toBe(false);
    expect(hasRequestConditions({ gateways: ['mesh'], port: 80, sourceNamespace: 'a' })).toBe(false);
    expect(hasRequestConditions({ uri: { prefix: '/' } })).toBe(false);
    expect(hasRequestConditions({ uri: { regex: '.*' } })).toBe(false);
    expect(hasRequestConditions({ uri: {} })).toBe(false);
    expect(hasRequestConditions({ uri: { prefix: '/' }, ignoreUriCase: true, name: 'all' })).toBe(false);
    expect(hasRequestConditions({ headers: {}, queryParams: {}, withoutHeaders: {} })).toBe(false);
  });

  it('is true when any request condition remains', () => {
    expect(hasRequestConditions({ uri: { prefix: '/api' } })).toBe(true);
    expect(hasRequestConditions({ uri: { exact: '/' } })).toBe(true);
    expect(hasRequestConditions({ uri: { regex: '/.*' } })).toBe(true);
    expect(hasRequestConditions({ headers: { 'end-user': { exact: 'jason' } } })).toBe(true);
    expect(hasRequestConditions({ headers: { foo: {} } })).toBe(true);
    expect(hasRequestConditions({ withoutHeaders: { foo: {} } })).toBe(true);
    expect(hasRequestConditions({ queryParams: { v: { exact: '1' } } })).toBe(true);
    expect(hasRequestConditions({ method: { exact: 'GET' } })).toBe(true);
    expect(hasRequestConditions({ authority: { prefix: 'a' } })).toBe(true);
    expect(hasRequestConditions({ scheme: { exact: 'http' } })).toBe(true);
  });
});
