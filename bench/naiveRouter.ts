/**
 * Baseline for the routing figure: a naive router that scans the model's lists for every
 * request (Services by host spelling, the first VirtualService claiming the host, its routes
 * with uncompiled matches, the DestinationRule, then every pod for the subset's endpoints)
 * and picks a uniformly random pod. It covers only what the benchmark scenarios use (no
 * faults, redirects, consistent hashing, gateways, visibility): a speed reference, not a
 * second implementation of DESIGN.md.
 */
import type { HTTPMatchRequest, StringMatch } from '../src/engine/model/istio.ts';
import type { MeshModel, Pod, Service } from '../src/engine/model/mesh.ts';
import type { HttpRequest } from '../src/engine/model/request.ts';
import type { Rng } from '../src/engine/index.ts';

const regexCache = new Map<string, RegExp>();

export function naiveRoute(model: MeshModel, client: Pod, req: HttpRequest, rng: Rng): Pod | undefined {
  let svc = findService(model, req.host, client.namespace);
  if (!svc) return undefined;
  let subset: string | undefined;
  const vs = client.hasSidecar ? model.virtualServices.find((v) => v.hosts.includes(svc!.fqdn)) : undefined;
  for (const route of vs?.spec.http ?? []) {
    if (!matchesAny(route.match, req)) continue;
    const dests = route.route ?? [];
    const weights = dests.map((d) => (dests.length === 1 ? 1 : (d.weight ?? 0)));
    let r = rng.nextInt(weights.reduce((a, b) => a + b, 0));
    const i = weights.findIndex((w) => (r -= w) < 0);
    const host = dests[i].destination.host;
    svc = findService(model, host.includes('.') ? host : `${host}.${vs!.namespace}.svc.cluster.local`, client.namespace);
    subset = dests[i].destination.subset;
    break;
  }
  if (!svc) return undefined;
  const dr = subset ? model.destinationRules.find((d) => d.host === svc!.fqdn) : undefined;
  const subsetLabels = dr?.spec.subsets?.find((s) => s.name === subset)?.labels ?? {};
  const endpoints = model.pods.filter(
    (p) => p.namespace === svc!.namespace && hasLabels(p, svc!.selector) && hasLabels(p, subsetLabels),
  );
  return endpoints.length ? endpoints[rng.nextInt(endpoints.length)] : undefined;
}

function findService(model: MeshModel, host: string, clientNs: string): Service | undefined {
  return model.services.find(
    (s) =>
      host === s.fqdn ||
      host === `${s.name}.${s.namespace}` ||
      host === `${s.name}.${s.namespace}.svc` ||
      host === s.clusterIP ||
      (host === s.name && s.namespace === clientNs),
  );
}

function hasLabels(p: Pod, want: Record<string, string>): boolean {
  return Object.entries(want).every(([k, v]) => p.labels[k] === v);
}

function matchesAny(blocks: HTTPMatchRequest[] | undefined, req: HttpRequest): boolean {
  if (!blocks || blocks.length === 0) return true;
  return blocks.some(
    (b) =>
      (!b.uri || stringMatches(b.uri, req.path)) &&
      Object.entries(b.headers ?? {}).every(([k, m]) => stringMatches(m, req.headers[k]?.join(','))) &&
      Object.entries(b.withoutHeaders ?? {}).every(([k]) => req.headers[k] === undefined),
  );
}

function stringMatches(m: StringMatch, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (m.exact !== undefined) return value === m.exact;
  if (m.prefix !== undefined) return value.startsWith(m.prefix);
  if (m.regex !== undefined) {
    let re = regexCache.get(m.regex);
    if (!re) regexCache.set(m.regex, (re = new RegExp(`^(?:${m.regex})$`)));
    return re.test(value);
  }
  return true;
}
