/**
 * The examples gallery: every built-in scenario loads without an Error diagnostic, has
 * Traffic to animate, and the gallery scenarios do what their descriptions promise in a
 * seeded simulation.
 */
import { describe, expect, it } from 'vitest';
import {
  createRng, findTrafficSource, loadScenario, parseCurl, routeRequest, simulate, TraceSink,
  type Decision, type HttpRequest, type Pod,
} from '../engine/index.ts';
import { analyzeScenario } from '../engine/analyze/index.ts';
import { findScenario, scenarios } from './index.ts';

interface Sample {
  client: Pod;
  request: HttpRequest;
  d: Decision;
}

function yamlOf(id: string): string {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s.yaml;
}

/** Loads `yaml` (asserting no Error diagnostic) and runs a seeded simulation, keeping each request with its decision. */
function run(yaml: string, requests = 2000, seed = 1): Sample[] {
  const loaded = loadScenario(yaml);
  expect(loaded.diagnostics.filter((d) => d.level === 'Error')).toEqual([]);
  const samples: Sample[] = [];
  let last: ReturnType<typeof loaded.stream.next>;
  const stream = { ...loaded.stream, next: (rng: Parameters<typeof loaded.stream.next>[0]) => (last = loaded.stream.next(rng)) };
  const result = simulate(loaded.mesh, {
    requests, seed, stream,
    onDecision: (d) => samples.push({ client: last!.template.client, request: last!.request, d }),
  });
  expect(result.total).toBe(requests);
  return samples;
}

/** One traced request, as `itp trace` does it. */
function trace(yaml: string, from: string, curl: string, seed = 1) {
  const loaded = loadScenario(yaml);
  const client = findTrafficSource(loaded.model, from);
  if (!client) throw new Error(`no client ${from}`);
  const parsed = parseCurl(curl);
  if (!parsed.ok) throw new Error(parsed.error);
  const sink = new TraceSink();
  const d = routeRequest(loaded.mesh, client, parsed.request, createRng(seed), sink);
  return { d, text: sink.steps.map((s) => `[${s.stage}] ${s.message}`).join('\n') };
}

const header = (s: Sample, name: string) => s.request.headers[name]?.[0];
const version = (s: Sample) => s.d.pod?.labels.version;
const from = (samples: Sample[], deployment: string) => samples.filter((s) => s.client.deployment === deployment);
const share = (samples: Sample[], pred: (s: Sample) => boolean) => samples.filter(pred).length / samples.length;
/** hash key value -> the set of pod names it reached. */
function podsByKey(samples: Sample[], key: (s: Sample) => string | undefined): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const s of samples) {
    const k = key(s);
    if (k === undefined || !s.d.pod) continue;
    if (!m.has(k)) m.set(k, new Set());
    m.get(k)!.add(s.d.pod.name);
  }
  return m;
}
const only = (set: Set<string> | undefined) => {
  expect(set?.size).toBe(1);
  return [...set!][0];
};

describe('every built-in scenario', () => {
  it.each(scenarios.map((s) => s.id))('%s loads without an Error diagnostic and has traffic', (id) => {
    const loaded = loadScenario(yamlOf(id));
    expect(loaded.diagnostics.filter((d) => d.level === 'Error')).toEqual([]);
    expect(loaded.model.traffic.length).toBeGreaterThan(0);
    expect(loaded.stream.templates.length).toBeGreaterThan(0);
    expect(loaded.model.pods.length).toBeLessThanOrEqual(12);
  });

  it.each(scenarios.map((s) => s.id))('%s has no Error from the analyzers', (id) => {
    const messages = analyzeScenario(loadScenario(yamlOf(id)), undefined, (_analyzer, e) => {
      throw e;
    });
    expect(messages.filter((m) => m.level === 'Error')).toEqual([]);
  });

  it('have ids that are URL-safe', () => {
    for (const s of scenarios) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('bookinfo-request-routing', () => {
  const samples = run(yamlOf('bookinfo-request-routing'));

  it('sends every jason request to reviews v2 and every other request to v1', () => {
    const jason = samples.filter((s) => header(s, 'end-user') === 'jason');
    const others = samples.filter((s) => header(s, 'end-user') !== 'jason');
    expect(jason.length).toBeGreaterThan(500);
    expect(jason.every((s) => s.d.status === 200 && version(s) === 'v2')).toBe(true);
    expect(others.every((s) => s.d.status === 200 && version(s) === 'v1')).toBe(true);
    // "Jason" is not "jason": header values match case-sensitively.
    expect(samples.filter((s) => header(s, 'end-user') === 'Jason').every((s) => version(s) === 'v1')).toBe(true);
    expect(samples.some((s) => version(s) === 'v3')).toBe(false);
    expect(share(samples, (s) => version(s) === 'v2')).toBeCloseTo(1 / 3, 1);
  });
});

describe('traffic-shifting', () => {
  it('splits reviews about 50/50 between v1 and v3', () => {
    const samples = run(yamlOf('traffic-shifting'));
    expect(Math.abs(share(samples, (s) => version(s) === 'v1') - 0.5)).toBeLessThan(0.05);
    expect(samples.filter((s) => version(s) === 'v3').length + samples.filter((s) => version(s) === 'v1').length).toBe(2000);
  });

  it('sends everything to v3 once the weights are 0/100', () => {
    const yaml = yamlOf('traffic-shifting').replace(/weight: 50(\n[\s\S]*?)weight: 50/, 'weight: 0$1weight: 100');
    expect(yaml).toContain('weight: 100');
    const samples = run(yaml);
    expect(samples.every((s) => version(s) === 'v3')).toBe(true);
  });
});

describe('header-canary', () => {
  const samples = run(yamlOf('header-canary'));

  it('sends every x-canary: true request to v2', () => {
    const testers = samples.filter((s) => header(s, 'x-canary') === 'true');
    expect(testers.length).toBeGreaterThan(300);
    expect(testers.every((s) => version(s) === 'v2' && s.d.routeIndex === 0)).toBe(true);
  });

  it('splits the rest 95/5', () => {
    const rest = samples.filter((s) => header(s, 'x-canary') === undefined);
    expect(rest.every((s) => s.d.routeIndex === 1)).toBe(true);
    expect(Math.abs(share(rest, (s) => version(s) === 'v2') - 0.05)).toBeLessThan(0.02);
    // Overall: 1/5 testers + 4/5 x 5% = 24% on the canary pod.
    expect(Math.abs(share(samples, (s) => version(s) === 'v2') - 0.24)).toBeLessThan(0.03);
  });
});

describe('sticky-cookie', () => {
  const samples = run(yamlOf('sticky-cookie'));

  it('keeps each user-session cookie on one pod, the four sessions on four different pods', () => {
    const withCookie = samples.filter((s) => s.request.cookies['user-session']);
    const byKey = podsByKey(withCookie, (s) => s.request.cookies['user-session']);
    expect([...byKey.keys()].sort()).toEqual(['alice', 'bob', 'carol', 'erin']);
    const pods = [...byKey.values()].map(only);
    expect(new Set(pods).size).toBe(4);
    expect(withCookie.every((s) => s.d.hashKey?.startsWith('cookie user-session='))).toBe(true);
  });

  it('generates a new cookie for every request without one, so those spread over all pods', () => {
    const without = samples.filter((s) => !s.request.cookies['user-session']);
    expect(without.length).toBeGreaterThan(300);
    expect(without.every((s) => s.d.hashKey?.endsWith('(generated)'))).toBe(true);
    expect(new Set(without.map((s) => s.d.hashKey)).size).toBeGreaterThan(without.length * 0.9);
    expect(new Set(without.map((s) => s.d.pod?.name)).size).toBe(4);
  });

  it('shows the Set-Cookie in the trace', () => {
    const { text } = trace(yamlOf('sticky-cookie'), 'shop/web', 'curl http://cart:8080/api/cart');
    expect(text).toMatch(/Set-Cookie: user-session="[0-9a-f]{16}"; Max-Age=3600; Path=\/; HttpOnly/);
  });
});

describe('sticky-header-maglev', () => {
  const yaml = yamlOf('sticky-header-maglev');
  const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'heidi', 'trent', 'victor'];

  it('keeps each x-user-id on one pod, with the eight users on all five pods', () => {
    const samples = run(yaml);
    const byUser = podsByKey(samples, (s) => header(s, 'x-user-id'));
    expect([...byUser.keys()].sort()).toEqual(users);
    expect(new Set([...byUser.values()].map(only)).size).toBe(5);
    // Requests without the header hash a random value: any pod.
    const without = samples.filter((s) => header(s, 'x-user-id') === undefined);
    expect(new Set(without.map((s) => s.d.pod?.name)).size).toBe(5);
    expect(trace(yaml, 'shop/web', "curl -H 'x-user-id: bob' http://recommendations:8080/").text).toContain('MAGLEV on header x-user-id');
  });

  it('moves only carol and erin, the users of the removed pod, when scaled to 4', () => {
    const before = podsByKey(run(yaml), (s) => header(s, 'x-user-id'));
    const after = podsByKey(run(yaml.replace('replicas: 5', 'replicas: 4')), (s) => header(s, 'x-user-id'));
    const moved = users.filter((u) => only(before.get(u)) !== only(after.get(u)));
    expect(moved).toEqual(['carol', 'erin']);
    const removed = only(before.get('carol'));
    expect(only(before.get('erin'))).toBe(removed);
    expect([...after.values()].some((p) => p.has(removed))).toBe(false);
  });
});

describe('fault-injection', () => {
  const samples = run(yamlOf('fault-injection'));

  it('delays every jason request by 7 s and lets it through', () => {
    const jason = samples.filter((s) => header(s, 'end-user') === 'jason');
    expect(jason.length).toBeGreaterThan(500);
    expect(jason.every((s) => s.d.status === 200 && s.d.delayMs === 7000 && s.d.flags.includes('DI'))).toBe(true);
  });

  it('aborts about half of the other requests with 500 before they reach ratings', () => {
    const others = samples.filter((s) => header(s, 'end-user') !== 'jason');
    const aborted = others.filter((s) => s.d.status === 500);
    expect(aborted.every((s) => s.d.flags.includes('FI') && !s.d.pod)).toBe(true);
    expect(Math.abs(aborted.length / others.length - 0.5)).toBeLessThan(0.05);
    expect(others.filter((s) => s.d.status !== 500).every((s) => s.d.status === 200 && s.d.delayMs === undefined)).toBe(true);
    expect(Math.abs(share(samples, (s) => s.d.status === 500) - 1 / 3)).toBeLessThan(0.04);
  });
});

describe('retries-timeouts', () => {
  const yaml = yamlOf('retries-timeouts');

  it('shows the timeout and retry policy on the productpage -> reviews route', () => {
    const { d, text } = trace(yaml, 'bookinfo/productpage-v1', 'curl http://reviews:9080/reviews/0');
    expect(d.status).toBe(200);
    expect(d.pod?.labels).toMatchObject({ app: 'reviews', version: 'v2' });
    expect(text).toContain('timeout 0.5s');
    expect(text).toContain('retries: up to 2 retries (3 tries in all) on 5xx,connect-failure,refused-stream');
  });

  it('routes each hop on its own: reviews -> ratings is delayed 2 s, productpage -> reviews still answers 200', () => {
    const samples = run(yaml);
    const hop1 = from(samples, 'productpage-v1');
    const hop2 = from(samples, 'reviews-v2');
    expect(hop1.every((s) => s.d.status === 200 && s.d.delayMs === undefined && s.d.pod?.labels.app === 'reviews')).toBe(true);
    expect(hop2.every((s) => s.d.status === 200 && s.d.delayMs === 2000 && s.d.pod?.labels.app === 'ratings')).toBe(true);
    expect(hop1.length + hop2.length).toBe(2000);
  });
});

describe('mirroring', () => {
  it('answers every request from v1 and copies each one to the v2 cluster', () => {
    const samples = run(yamlOf('mirroring'));
    expect(samples.every((s) => s.d.status === 200 && version(s) === 'v1')).toBe(true);
    expect(samples.every((s) => s.d.mirrors?.length === 1 && s.d.mirrors[0] === 'outbound|8000|v2|httpbin.demo.svc.cluster.local')).toBe(true);
  });
});

describe('ingress-gateway', () => {
  const samples = run(yamlOf('ingress-gateway'));
  const gw = from(samples, 'istio-ingressgateway');

  it('lets the listed paths of bookinfo.example.com through the gateway and answers 404 for the rest', () => {
    for (const s of gw) {
      const allowed = s.request.authority === 'bookinfo.example.com' && s.request.path !== '/admin';
      if (allowed) {
        expect(s.d).toMatchObject({ status: 200, mode: 'gateway', virtualService: 'bookinfo/bookinfo' });
        expect(s.d.pod?.labels.app).toBe('productpage');
      } else {
        expect(s.d).toMatchObject({ status: 404, flags: ['NR'] });
      }
    }
    expect(Math.abs(share(gw, (s) => s.d.status === 404) - 0.3)).toBeLessThan(0.05);
  });

  it('does not apply the gateway-bound VirtualService to the in-mesh client', () => {
    const mesh = from(samples, 'sleep');
    expect(mesh.length).toBeGreaterThan(400);
    expect(mesh.every((s) => s.d.status === 200 && s.d.mode === 'sidecar' && s.d.virtualService === undefined && s.d.pod?.labels.app === 'productpage')).toBe(true);
    expect(mesh.every((s) => s.request.path === '/admin')).toBe(true);
  });
});

describe('cross-namespace-short-name', () => {
  const yaml = yamlOf('cross-namespace-short-name');

  it('does not split: the short host names reviews.frontend, so calls to reviews.backend spread evenly', () => {
    const samples = run(yaml);
    expect(samples.every((s) => s.d.virtualService === undefined && s.d.cluster === 'outbound|9080||reviews.backend.svc.cluster.local')).toBe(true);
    expect(Math.abs(share(samples, (s) => version(s) === 'v2') - 0.5)).toBeLessThan(0.05);
    const loaded = loadScenario(yaml);
    expect(loaded.model.virtualServices[0].hosts).toEqual(['reviews.frontend.svc.cluster.local']);
  });

  it('splits 90/10 once the host is the FQDN', () => {
    const fixed = yaml.replace('  hosts:\n    - reviews\n', '  hosts:\n    - reviews.backend.svc.cluster.local\n');
    expect(fixed).not.toBe(yaml);
    const samples = run(fixed);
    expect(samples.every((s) => s.d.virtualService === 'frontend/reviews-canary')).toBe(true);
    expect(Math.abs(share(samples, (s) => version(s) === 'v2') - 0.1)).toBeLessThan(0.03);
  });
});

describe('export-to', () => {
  const yaml = yamlOf('export-to');

  it('applies the split to the caller in backend only', () => {
    const samples = run(yaml);
    const tester = from(samples, 'tester');
    const webapp = from(samples, 'webapp');
    expect(tester.every((s) => s.d.virtualService === 'backend/reviews')).toBe(true);
    expect(Math.abs(share(tester, (s) => version(s) === 'v2') - 0.9)).toBeLessThan(0.03);
    expect(webapp.every((s) => s.d.virtualService === undefined)).toBe(true);
    expect(Math.abs(share(webapp, (s) => version(s) === 'v2') - 0.5)).toBeLessThan(0.06);
    const { text } = trace(yaml, 'frontend/webapp', 'curl http://reviews.backend:9080/reviews/0');
    expect(text).toContain('not exported to namespace frontend');
  });

  it('applies it to both once exported to "*"', () => {
    const samples = run(yaml.replace('    - "."', '    - "*"'));
    expect(Math.abs(share(from(samples, 'webapp'), (s) => version(s) === 'v2') - 0.9)).toBeLessThan(0.04);
  });
});

describe('dr-lookup-order', () => {
  const yaml = yamlOf('dr-lookup-order');

  it('gives each caller the DestinationRule of its own namespace', () => {
    const samples = run(yaml);
    const batch = podsByKey(from(samples, 'batch'), (s) => header(s, 'x-user'));
    for (const u of ['alice', 'bob', 'carol']) only(batch.get(u));
    const webapp = podsByKey(from(samples, 'webapp'), (s) => header(s, 'x-user'));
    for (const u of ['alice', 'bob', 'carol']) expect(webapp.get(u)?.size).toBe(4);
    expect(trace(yaml, 'frontend/webapp', "curl -H 'x-user: alice' http://reviews.backend:9080/").text).toContain(
      "DestinationRule reviews-backend found in the client's namespace (frontend)",
    );
    expect(trace(yaml, 'backend/batch', "curl -H 'x-user: alice' http://reviews:9080/").text).toContain(
      "DestinationRule reviews found in the client's namespace (backend)",
    );
  });

  it('makes webapp sticky too, on the same pods, once the frontend rule is deleted', () => {
    const docs = yaml.split('\n---\n');
    const without = docs.filter((d) => !d.includes('name: reviews-backend')).join('\n---\n');
    expect(without.length).toBeLessThan(yaml.length);
    const samples = run(without);
    const batch = podsByKey(from(samples, 'batch'), (s) => header(s, 'x-user'));
    const webapp = podsByKey(from(samples, 'webapp'), (s) => header(s, 'x-user'));
    for (const u of ['alice', 'bob', 'carol']) expect(only(webapp.get(u))).toBe(only(batch.get(u)));
  });
});

describe('numbers quoted in the descriptions (2000 requests, seed 1, as `itp simulate --requests 2000 --seed 1`)', () => {
  const sim = (id: string) => {
    const loaded = loadScenario(yamlOf(id));
    return simulate(loaded.mesh, { requests: 2000, seed: 1, stream: loaded.stream });
  };
  const description = (id: string) => findScenario(id)!.description;
  const cases: [string, (r: ReturnType<typeof sim>) => string][] = [
    ['bookinfo-request-routing', (r) => `${r.clusters['outbound|9080|v2|reviews.bookinfo.svc.cluster.local']} of 2000 requests with seed 1`],
    ['traffic-shifting', (r) => `${r.clusters['outbound|9080|v1|reviews.bookinfo.svc.cluster.local']} and ${r.clusters['outbound|9080|v3|reviews.bookinfo.svc.cluster.local']} of 2000 with seed 1`],
    ['header-canary', (r) => `${r.clusters['outbound|8080|v2|checkout.shop.svc.cluster.local']} of 2000 with seed 1`],
    ['fault-injection', (r) => `${r.status['500']} of 2000 with seed 1`],
    ['export-to', (r) => `${r.clusters['outbound|9080|v2|reviews.backend.svc.cluster.local']} of ${r.clusters['outbound|9080|v2|reviews.backend.svc.cluster.local'] + r.clusters['outbound|9080|v1|reviews.backend.svc.cluster.local']} with seed 1`],
    ['ingress-gateway', (r) => `(${r.status['404']} with seed 1)`],
  ];
  it.each(cases)('%s', (id, quote) => {
    expect(description(id)).toContain(quote(sim(id)));
  });
});
