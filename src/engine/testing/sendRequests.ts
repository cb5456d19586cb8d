import { compileMesh, type CompiledMesh } from '../compile/compileMesh.ts';
import { parseCurl } from '../curl/parseCurl.ts';
import type { MeshModel, Pod } from '../model/mesh.ts';
import type { HttpRequest } from '../model/request.ts';
import type { RoutingTest } from '../model/routingTest.ts';
import { createRng } from '../route/lb/index.ts';
import type { Decision } from '../route/outcome.ts';
import { routeRequest } from '../route/routeRequest.ts';
import type { TraceSink } from '../route/trace.ts';
import { findTrafficSource } from '../simulate/findTrafficSource.ts';

/** A Test ready to send: its client, and request i built from the curl line and header lists. */
export interface PreparedTest {
  client: Pod;
  /** The mesh as this test sees it (its own kube-proxy mode), compiled fresh: no LB state shared between tests. */
  model: MeshModel;
  requestAt(i: number): HttpRequest;
  /** Which distinct request request i is (same key = same headers), for stickiness. */
  variantKey(i: number): string;
}

export type Prepared = { ok: true; prepared: PreparedTest } | { ok: false; error: string };

export function prepareTest(model: MeshModel, test: RoutingTest): Prepared {
  if (test.errors.length > 0) return { ok: false, error: test.errors.join(' ') };
  const client = findTrafficSource(model, test.from);
  if (!client) {
    const ns = test.from.split('/')[0];
    const here = model.pods.filter((p) => p.namespace === ns).map((p) => p.deployment ?? p.name);
    const known = [...new Set(here)].slice(0, 8).join(', ');
    return { ok: false, error: `No Pod or Deployment named ${test.from}${known ? ` (namespace ${ns} has ${known})` : ` (namespace ${ns} has no pods)`}.` };
  }
  const parsed = parseCurl(test.curl);
  if (!parsed.ok) return { ok: false, error: `The request is not a curl command the playground understands: ${parsed.error}.` };
  const base = parsed.request;
  const lists = Object.entries(test.headers);
  const cache = new Map<string, HttpRequest>();
  const variantKey = (i: number) => lists.map(([, values]) => values[i % values.length]).join('\u0000');
  const requestAt = (i: number) => {
    if (lists.length === 0) return base;
    const key = variantKey(i);
    let req = cache.get(key);
    if (!req) {
      req = withHeaders(base, lists.map(([name, values]) => [name, values[i % values.length]]));
      if (cache.size < 10_000) cache.set(key, req);
    }
    return req;
  };
  const mode = test.kubeProxyMode;
  const testModel = mode && mode !== model.kubeProxyMode ? { ...model, kubeProxyMode: mode } : model;
  return { ok: true, prepared: { client, model: testModel, requestAt, variantKey } };
}

/**
 * Sends requests 0..count-1 of a prepared test through a freshly compiled mesh with the test's
 * seed; `trace` (when given) records request `traceIndex` only. Deterministic: the same test
 * gives the same decisions, so a failing request's trace can be rebuilt later.
 */
export function sendTestRequests(
  p: PreparedTest,
  seed: number,
  count: number,
  onDecision: (d: Decision, i: number) => void,
  trace?: { sink: TraceSink; index: number },
): CompiledMesh {
  const mesh = compileMesh(p.model);
  const rng = createRng(seed);
  for (let i = 0; i < count; i++) {
    const d = routeRequest(mesh, p.client, p.requestAt(i), rng, trace && trace.index === i ? trace.sink : undefined);
    onDecision(d, i);
  }
  return mesh;
}

/** The base request with some headers set (a `host` header replaces the authority, `cookie` adds cookies). */
function withHeaders(base: HttpRequest, headers: [string, string][]): HttpRequest {
  const req: HttpRequest = { ...base, headers: { ...base.headers }, cookies: { ...base.cookies } };
  for (const [name, value] of headers) {
    req.headers[name] = [value];
    if (name === 'host') req.authority = value;
    if (name === 'cookie') {
      for (const part of value.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0) req.cookies[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
      }
    }
  }
  return req;
}
