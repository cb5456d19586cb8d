/**
 * ReDoS: regexes from YAML run through re2js (RE2: linear time, no backtracking), so a
 * catastrophic pattern that would hang a backtracking engine for ages routes a long request in
 * milliseconds — header, URI and authority matches alike.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, routeRequest } from '../engine/index.ts';
import { createRng } from '../engine/route/lb/index.ts';
import type { HttpRequest } from '../engine/model/request.ts';

const scenario = `apiVersion: v1
kind: Namespace
metadata: {name: lab, labels: {istio-injection: enabled}}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: lab}
---
apiVersion: v1
kind: Service
metadata: {name: svc, namespace: lab}
spec: {selector: {app: svc}, ports: [{name: http, port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: svc-1, namespace: lab, labels: {app: svc}}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: svc, namespace: lab}
spec:
  hosts: [svc]
  http:
    - match: [{headers: {x-evil: {regex: "(a+)+$"}}}]
      directResponse: {status: 418}
    - match: [{uri: {regex: "/(x+x+)+y"}}]
      directResponse: {status: 419}
    - match: [{queryParams: {q: {regex: "(\\\\w|\\\\d)*!"}}}]
      directResponse: {status: 420}
    - route: [{destination: {host: svc}}]
`;

function request(over: Partial<HttpRequest>): HttpRequest {
  return { method: 'GET', scheme: 'http', authority: 'svc', host: 'svc', port: 80, path: '/', query: '', headers: {}, cookies: {}, ...over };
}

describe('ReDoS', () => {
  const loaded = loadScenario(scenario);
  const client = loaded.model.pods.find((p) => p.name === 'client')!;
  const evil = 'a'.repeat(50_000) + '!';

  it('loads the scenario without problems', () => {
    expect(loaded.diagnostics.filter((d) => d.level === 'Error')).toEqual([]);
  });

  for (const [what, req] of [
    ['header', request({ headers: { 'x-evil': [evil] } })],
    ['uri', request({ path: '/' + 'x'.repeat(50_000) })],
    ['query parameter', request({ query: 'q=' + 'a'.repeat(50_000) })],
  ] as const) {
    it(`matches a catastrophic ${what} regex against 50,000 characters in linear time`, () => {
      const start = performance.now();
      const d = routeRequest(loaded.mesh, client, req, createRng(1));
      expect(performance.now() - start).toBeLessThan(500);
      expect(d.status).toBe(200);
    });
  }

  it('still matches when the pattern does', () => {
    expect(routeRequest(loaded.mesh, client, request({ headers: { 'x-evil': ['aaaa'] } }), createRng(1)).status).toBe(418);
    expect(routeRequest(loaded.mesh, client, request({ path: '/xxy' }), createRng(1)).status).toBe(419);
    expect(routeRequest(loaded.mesh, client, request({ query: 'q=ab1!' }), createRng(1)).status).toBe(420);
  });
});
