import type { Diagnostic } from './diagnostic.ts';
import { FieldReader } from './fields.ts';
import type { KubeProxyMode } from './mesh.ts';
import { msg } from './messages.ts';
import { readExpectations } from './readExpectations.ts';
import { type Resource, refOf } from './resource.ts';
import type { Expectation, RoutingTest } from './routingTest.ts';

/** Requests per test when `requests` is omitted: one, unless a share or stickiness needs a sample. */
export const DEFAULT_REQUESTS = { point: 1, sticky: 100, share: 1000 } as const;
export const MAX_TEST_REQUESTS = 100_000;

const SPEC_KEYS = ['from', 'request', 'headers', 'requests', 'seed', 'kubeProxyMode', 'expect'];

/**
 * The playground's `Test` kind:
 *   from: the sending Pod or Deployment (`name` in the Test's namespace, or `ns/name`)
 *   request: a curl command line
 *   headers: {name: value | [values]}  request i sends values[i % n] (spreads hash keys)
 *   requests: how many seeded requests (default 1; 100 with `sticky`; 1000 with `share`)
 *   seed: PRNG seed (default 1); kubeProxyMode: iptables | ipvs (clients without a sidecar)
 *   expect: status, flags, subset, cluster, service, pod, podLabels, podPort, virtualService,
 *           route, mode, delay, timeout, retries, mirror, location, hashKey (every request),
 *           share: {dimension: {value: "90% ± 2"}}, sticky: true | false
 * Never undefined: a Test that cannot run still shows up, failing with `errors`.
 */
export function readTest(res: Resource, diagnostics: Diagnostic[]): RoutingTest {
  const r = new FieldReader(res, diagnostics);
  const errors: string[] = [];
  const require = (field: string, what: string) => {
    r.report(['spec'], (l) => msg.required(l, `spec.${field}`, what, 'this Test cannot run'));
    errors.push(`\`spec.${field}\` is missing (${what}).`);
  };
  for (const key of Object.keys(r.record(['spec']) ?? {})) {
    if (!SPEC_KEYS.includes(key)) {
      r.report(['spec', key], (l) => `Line ${l}: unknown field \`spec.${key}\` in Test (known: ${SPEC_KEYS.join(', ')}); it is ignored.`, 'Warning', 'ITP0301');
    }
  }
  const from = r.string(['spec', 'from'])?.trim() ?? '';
  if (!from) require('from', 'the Pod or Deployment that sends the request');
  const curl = r.string(['spec', 'request'])?.trim() ?? '';
  if (!curl) require('request', 'a curl command, e.g. "curl http://reviews:9080/"');
  const expectations = readExpectations(r);
  if (r.get(['spec', 'expect']) == null) require('expect', 'what must hold, e.g. {status: 200, subset: v2}');
  return {
    namespace: res.namespace,
    name: res.name,
    from: from.includes('/') ? from : `${res.namespace}/${from}`,
    curl,
    headers: readHeaderLists(r),
    requests: r.int(['spec', 'requests'], defaultRequests(expectations), 1, MAX_TEST_REQUESTS),
    seed: r.int(['spec', 'seed'], 1, 0, 0xffffffff),
    kubeProxyMode: readMode(r),
    expectations,
    errors,
    ref: refOf(res),
    range: res.range,
    resource: res,
  };
}

function defaultRequests(expectations: Expectation[]): number {
  if (expectations.some((e) => e.kind === 'share')) return DEFAULT_REQUESTS.share;
  if (expectations.some((e) => e.kind === 'sticky')) return DEFAULT_REQUESTS.sticky;
  return DEFAULT_REQUESTS.point;
}

function readMode(r: FieldReader): KubeProxyMode | undefined {
  const v = r.get(['spec', 'kubeProxyMode']);
  if (v == null) return undefined;
  if (v === 'iptables' || v === 'ipvs') return v;
  r.report(['spec', 'kubeProxyMode'], (l) => msg.wrongType(l, 'spec.kubeProxyMode', 'iptables or ipvs', v, 'using the scenario\'s mode'));
  return undefined;
}

/** `{foo: bar}` or `{foo: [a, b]}` -> lower-cased names, text values (like Traffic headers). */
function readHeaderLists(r: FieldReader): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const rec = r.record(['spec', 'headers']);
  for (const [name, raw] of Object.entries(rec ?? {})) {
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => ['string', 'number', 'boolean'].includes(typeof v)).map(String);
    if (values.length === 0) {
      r.report(['spec', 'headers', name], (l) => msg.wrongType(l, `spec.headers.${name}`, 'a header value or a list of values', raw, 'it is ignored'));
      continue;
    }
    out[name.toLowerCase()] = values;
  }
  return out;
}
