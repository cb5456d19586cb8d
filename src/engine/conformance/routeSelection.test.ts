/**
 * DESIGN.md rules 7-10 (route selection): match semantics, 404 NR, weighted destinations and
 * route actions (fault, redirect, directResponse, rewrite, mirror, retries, timeout), seen
 * from a sidecar client `front/app` calling Service `web` in `shop` (subsets v1 / v2).
 */
import { describe, expect, it } from 'vitest';
import { client, lineOf, load, namespace, send, spread, subsetsRule, webBackend } from './harness.ts';

const mesh = namespace('shop') + namespace('front') + webBackend('shop') + subsetsRule() + client('app', 'front');

/** A VirtualService for web whose `http` list is given as YAML (indented by 4). */
function routes(http: string, name = 'web-routes'): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: shop
  name: ${name}
spec:
  hosts: [web]
  http:
${http}---
`;
}

const to = (subset: string) => `      route: [{destination: {host: web, subset: ${subset}}}]\n`;

/** One route to v1 with this match list, then nothing: a request it misses gets 404. */
function only(match: string): ReturnType<typeof load> {
  return load(mesh + routes(`    - match: ${match}\n${to('v1')}`));
}

function status(s: ReturnType<typeof load>, curl: string): number {
  return send(s, 'front/app', curl).decision.status;
}

const URL = 'http://web.shop:8080';

// envoy source/common/router/config_impl.cc (PathRouteEntryImpl / PrefixRouteEntryImpl /
// RegexRouteEntryImpl: regex must match the whole path), source/common/http/header_utility.cc
// (present_match, invert_match); istio route.go TranslateRouteMatch, translateHeaderMatch;
// istio.io/latest/docs/reference/config/networking/virtual-service/#HTTPMatchRequest.
describe('rule 7: routes are tried in order; any match block must fully match', () => {
  it('uri exact, prefix and regex (RE2, full match; the query string is not part of the uri)', () => {
    const exact = only('[{uri: {exact: /api}}]');
    expect([status(exact, `curl ${URL}/api`), status(exact, `curl '${URL}/api?x=1'`), status(exact, `curl ${URL}/api/`)]).toEqual([200, 200, 404]);
    const prefix = only('[{uri: {prefix: /api}}]');
    expect([status(prefix, `curl ${URL}/api/v1`), status(prefix, `curl ${URL}/apiary`), status(prefix, `curl ${URL}/ap`)]).toEqual([200, 200, 404]);
    const regex = only('[{uri: {regex: "/api/v[0-9]+"}}]');
    expect([status(regex, `curl ${URL}/api/v12`), status(regex, `curl ${URL}/api/v1/x`), status(regex, `curl ${URL}/x/api/v1`)]).toEqual([200, 404, 404]);
  });

  it('ignoreUriCase folds case for exact and prefix', () => {
    const s = only('[{uri: {prefix: /API}, ignoreUriCase: true}]');
    expect([status(s, `curl ${URL}/api/x`), status(s, `curl ${URL}/Api`)]).toEqual([200, 200]);
    expect(status(only('[{uri: {prefix: /API}}]'), `curl ${URL}/api/x`)).toBe(404);
  });

  it('headers: exact, prefix, regex, and {} for "present"; names are case-insensitive', () => {
    const s = only('[{headers: {X-User: {exact: jason}}}]');
    expect([status(s, `curl -H 'x-user: jason' ${URL}/`), status(s, `curl -H 'X-USER: Jason' ${URL}/`), status(s, `curl ${URL}/`)]).toEqual([200, 404, 404]);
    const present = only('[{headers: {x-canary: {}}}]');
    expect([status(present, `curl -H 'x-canary: anything' ${URL}/`), status(present, `curl -H 'x-canary;' ${URL}/`), status(present, `curl ${URL}/`)]).toEqual([200, 200, 404]);
    const re = only('[{headers: {x-user: {regex: "j.*"}}}]');
    expect([status(re, `curl -H 'x-user: jo' ${URL}/`), status(re, `curl -H 'x-user: ajo' ${URL}/`)]).toEqual([200, 404]);
  });

  it('withoutHeaders: the block matches when the header does not match (or is absent)', () => {
    const s = only('[{withoutHeaders: {x-user: {exact: jason}}}]');
    expect([status(s, `curl -H 'x-user: jason' ${URL}/`), status(s, `curl -H 'x-user: bob' ${URL}/`), status(s, `curl ${URL}/`)]).toEqual([404, 200, 200]);
    const absent = only('[{withoutHeaders: {x-debug: {}}}]');
    expect([status(absent, `curl -H 'x-debug: 1' ${URL}/`), status(absent, `curl ${URL}/`)]).toEqual([404, 200]);
  });

  it('queryParams, method and authority', () => {
    const q = only('[{queryParams: {v: {exact: "2"}}}]');
    expect([status(q, `curl '${URL}/?v=2'`), status(q, `curl '${URL}/?a=1&v=2'`), status(q, `curl '${URL}/?v=22'`), status(q, `curl ${URL}/`)]).toEqual([200, 200, 404, 404]);
    const m = only('[{method: {exact: POST}}]');
    expect([status(m, `curl -X POST ${URL}/`), status(m, `curl -d x=1 ${URL}/`), status(m, `curl ${URL}/`)]).toEqual([200, 200, 404]);
    const a = only('[{authority: {prefix: web.shop}}]');
    expect([status(a, `curl ${URL}/`), status(a, 'curl http://web.shop.svc.cluster.local:8080/')]).toEqual([200, 200]);
    expect(status(only('[{authority: {exact: web.shop}}]'), `curl ${URL}/`)).toBe(404); // the authority keeps its port
  });

  it('conditions inside a block AND; blocks OR', () => {
    const and = only('[{uri: {prefix: /api}, headers: {x-user: {exact: jason}}}]');
    expect([status(and, `curl -H 'x-user: jason' ${URL}/api`), status(and, `curl ${URL}/api`), status(and, `curl -H 'x-user: jason' ${URL}/`)]).toEqual([200, 404, 404]);
    const or = only('[{uri: {prefix: /api}}, {headers: {x-user: {exact: jason}}}]');
    expect([status(or, `curl ${URL}/api`), status(or, `curl -H 'x-user: jason' ${URL}/`), status(or, `curl ${URL}/`)]).toEqual([200, 200, 404]);
  });

  it('the first matching route wins, in order; the trace names each route tried and its line', () => {
    const yaml = mesh + routes(`    - name: api\n      match: [{uri: {prefix: /api}}]\n${to('v1')}    - name: rest\n${to('v2')}`);
    const s = load(yaml);
    expect(send(s, 'front/app', `curl ${URL}/api/x`).decision).toMatchObject({ subset: 'v1', routeIndex: 0 });
    const t = send(s, 'front/app', `curl ${URL}/home`);
    expect(t.decision).toMatchObject({ subset: 'v2', routeIndex: 1, virtualService: 'shop/web-routes' });
    expect(t.text).toContain(`route 1 "api" did not match: uri is '/home', expected prefix '/api'`);
    expect(t.text).toContain('route 2 "rest" matched: any request');
    expect(t.steps.find((x) => x.message.startsWith('route 2'))?.ref).toMatchObject({ kind: 'VirtualService', name: 'web-routes', line: lineOf(yaml, '- name: rest') });
  });
});

// envoy source/common/router/router.cc (no route -> 404, StreamInfo::CoreResponseFlag::NoRouteFound "NR").
describe('rule 8: no matching route -> 404 NR', () => {
  it('answers 404 with flag NR, names the VirtualService and why each route missed', () => {
    const t = send(only('[{uri: {prefix: /api}}]'), 'front/app', `curl ${URL}/home`);
    expect(t.decision).toMatchObject({ status: 404, flags: ['NR'], virtualService: 'shop/web-routes', service: 'shop/web' });
    expect(t.decision.pod).toBeUndefined();
    expect(t.text).toContain(`route 1 did not match: uri is '/home', expected prefix '/api'`);
    expect(t.text).toContain('404 NR');
  });
});

/** web split between v1 and v2 with these weights ('' = no weight line). */
function split(w1: string, w2: string, extra = ''): string {
  const weight = (w: string) => (w === '' ? '' : `\n          weight: ${w}`);
  return routes(`    - route:
        - destination: {host: web, subset: v1}${weight(w1)}
        - destination: {host: web, subset: v2}${weight(w2)}
${extra}`);
}

// envoy source/common/router/config_impl.cc RouteEntryImplBase::pickWeightedCluster (random %
// total weight, walk in order); istio route.go applyHTTPRouteDestination (one destination ->
// plain cluster, weight 0 skipped); envoy issue #7276 / PR #41244 (the route hash policy does
// not pick among weighted clusters unless use_hash_policy, which Istio never sets).
describe('rule 9: weights are relative; 0 removes a destination; a single destination ignores its weight', () => {
  it('1:3 gives 25% / 75%', () => {
    const r = spread(load(mesh + split('1', '3')), 'front/app', `curl ${URL}/`, 8000);
    expect(r.share('web-v1-')).toBeGreaterThan(0.235);
    expect(r.share('web-v1-')).toBeLessThan(0.265);
    expect(r.clusters['outbound|8080|v1|web.shop.svc.cluster.local'] + r.clusters['outbound|8080|v2|web.shop.svc.cluster.local']).toBe(8000);
  });

  it('weight 0 never receives a request', () => {
    const r = spread(load(mesh + split('0', '5')), 'front/app', `curl ${URL}/`, 2000);
    expect(r.share('web-v2-')).toBe(1);
  });

  it('a single destination takes everything whatever its weight', () => {
    const y = mesh + routes('    - route:\n        - destination: {host: web, subset: v1}\n          weight: 10\n');
    const r = spread(load(y), 'front/app', `curl ${URL}/`, 500);
    expect(r.share('web-v1-')).toBe(1);
    expect(send(load(y), 'front/app', `curl ${URL}/`).text).toContain('single destination outbound|8080|v1|web.shop.svc.cluster.local');
  });

  it('the trace shows the draw and the weights', () => {
    const t = send(load(mesh + split('10', '90')), 'front/app', `curl ${URL}/`);
    expect(t.text).toMatch(/random \d+ of total 100 \(weights v1=10, v2=90\) -> outbound\|8080\|v[12]\|web\.shop\.svc\.cluster\.local/);
  });

  it('consistent hashing never makes the subset pick sticky: the same foo value reaches both subsets', () => {
    const hashRule = subsetsRule('shop', 'web', 'web-subsets', '  trafficPolicy:\n    loadBalancer:\n      consistentHash: {httpHeaderName: foo}\n');
    const y = namespace('shop') + namespace('front') + webBackend('shop') + hashRule + client('app', 'front') + split('50', '50');
    const r = spread(load(y), 'front/app', `curl -H 'foo: bar' ${URL}/`, 400);
    // Both subsets, but one pod per subset: the hash only pins the pod inside the picked subset.
    expect(r.share('web-v1-')).toBeGreaterThan(0.35);
    expect(r.share('web-v2-')).toBeGreaterThan(0.35);
    expect(Object.keys(r.pods)).toHaveLength(2);
  });
});

// istio route.go TranslateFault (percentage unset -> 0: "If not specified, no request will be
// aborted", istio/api virtual_service.proto), ApplyRedirect, ApplyDirectResponse,
// TranslateRequestMirrorPolicy (mirror_percentage absent -> 100%), retry/retry.go (default
// attempts 2, connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes).
describe('rule 10: fault, redirect, directResponse, rewrite, mirror, retries and timeout', () => {
  const oneRoute = (extra: string) => load(mesh + routes(`    - route: [{destination: {host: web, subset: v1}}]\n${extra}`));

  it('fault abort at 30%: about 30% get the abort status with flag FI, the rest reach a pod', () => {
    const s = oneRoute('      fault:\n        abort: {httpStatus: 503, percentage: {value: 30}}\n');
    const r = spread(s, 'front/app', `curl ${URL}/`, 4000);
    expect(r.status[503] / 4000).toBeGreaterThan(0.27);
    expect(r.status[503] / 4000).toBeLessThan(0.33);
    expect(r.decisions.filter((d) => d.status === 503).every((d) => d.flags.includes('FI') && !d.pod)).toBe(true);
    expect(r.status[200]).toBe(4000 - r.status[503]);
  });

  it('fault without percentage never fires (Istio default), 100% always does', () => {
    const never = spread(oneRoute('      fault:\n        abort: {httpStatus: 500}\n        delay: {fixedDelay: 2s}\n'), 'front/app', `curl ${URL}/`, 300);
    expect(never.status).toEqual({ 200: 300 });
    expect(never.decisions.every((d) => d.delayMs === undefined)).toBe(true);
    const always = send(oneRoute('      fault:\n        abort: {httpStatus: 418, percentage: {value: 100}}\n'), 'front/app', `curl ${URL}/`);
    expect(always.decision).toMatchObject({ status: 418, flags: ['FI'] });
    expect(always.text).toContain('fault: aborted with 418');
  });

  it('fault delay, then abort: delayed requests carry delayMs and flag DI', () => {
    const s = oneRoute('      fault:\n        delay: {fixedDelay: 1.5s, percentage: {value: 100}}\n        abort: {httpStatus: 504, percentage: {value: 100}}\n');
    const t = send(s, 'front/app', `curl ${URL}/`);
    expect(t.decision).toMatchObject({ status: 504, flags: ['DI', 'FI'], delayMs: 1500 });
    expect(t.text.indexOf('delayed 1500 ms')).toBeLessThan(t.text.indexOf('aborted with 504'));
  });

  it('redirect answers from the proxy with a Location', () => {
    const s = load(mesh + routes('    - redirect: {uri: /v2/home, authority: new.example.com}\n'));
    const t = send(s, 'front/app', `curl ${URL}/home`);
    expect(t.decision).toMatchObject({ status: 301, location: 'http://new.example.com/v2/home' });
    expect(t.decision.pod).toBeUndefined();
    expect(send(load(mesh + routes('    - redirect: {uri: /x, redirectCode: 308}\n')), 'front/app', `curl ${URL}/`).decision.status).toBe(308);
  });

  it('directResponse answers from the proxy', () => {
    const t = send(load(mesh + routes('    - directResponse: {status: 418, body: {string: teapot}}\n')), 'front/app', `curl ${URL}/`);
    expect(t.decision).toMatchObject({ status: 418, flags: [] });
    expect(t.decision.pod).toBeUndefined();
    expect(t.text).toContain('direct response 418 from the proxy');
  });

  it('rewrite shows in the trace and the request still reaches the destination', () => {
    const s = load(mesh + routes(`    - match: [{uri: {prefix: /old}}]\n      rewrite: {uri: /new}\n${to('v1')}`));
    const t = send(s, 'front/app', `curl ${URL}/old/page`);
    expect(t.decision).toMatchObject({ status: 200, subset: 'v1' });
    expect(t.text).toContain('rewrite: the matched part of /old/page is replaced with /new');
  });

  it('mirror copies the request (100% when no percentage), the response comes from the route', () => {
    const s = oneRoute('      mirror: {host: web, subset: v2}\n');
    const t = send(s, 'front/app', `curl ${URL}/`);
    expect(t.decision).toMatchObject({ status: 200, subset: 'v1', mirrors: ['outbound|8080|v2|web.shop.svc.cluster.local'] });
    expect(t.text).toContain('mirrored to outbound|8080|v2|web.shop.svc.cluster.local (fire and forget');
    const half = spread(oneRoute('      mirror: {host: web, subset: v2}\n      mirrorPercentage: {value: 50}\n'), 'front/app', `curl ${URL}/`, 2000);
    const mirrored = half.decisions.filter((d) => d.mirrors).length / 2000;
    expect(mirrored).toBeGreaterThan(0.45);
    expect(mirrored).toBeLessThan(0.55);
  });

  it('retries and timeout appear in the trace', () => {
    const t = send(oneRoute('      timeout: 3s\n      retries: {attempts: 5, perTryTimeout: 1s, retryOn: 5xx}\n'), 'front/app', `curl ${URL}/`);
    expect(t.text).toContain('timeout 3s');
    expect(t.text).toContain('retries: up to 5 retries (6 tries in all) on 5xx');
  });
});
