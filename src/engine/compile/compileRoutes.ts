import type { Pod, VirtualService } from '../model/mesh.ts';
import type { Destination, HTTPMatchRequest, HTTPRoute } from '../model/istio.ts';
import { refOf } from '../model/resource.ts';
import { expandHost } from '../model/hostnames.ts';
import { compileRouteMatches, evaluateClientConditions, hasRequestConditions } from '../route/match/index.ts';
import { outboundClusterName } from './clusterName.ts';
import { summarizeMatches } from './summarizeMatch.ts';
import { parseDurationMs } from './parseDuration.ts';
import type { MeshIndex } from './meshIndex.ts';
import type { CompiledFault, CompiledRoute, HashPolicy, WeightedDestination } from './types.ts';
import { hashPolicyForDestination } from './compileHashPolicy.ts';

/** Who is asking: the per-client facts rule 6 evaluates when the config is built. */
export interface RouteContext {
  client: Pod;
  /** 'mesh' for sidecars, 'ns/name' of the Gateway for gateway proxies. */
  gateway: string;
  /** The listener port (a match's `port` must equal it). */
  port: number;
}

/**
 * Rule 6 + 7: the HTTP routes of a VirtualService as one client's Envoy gets them. Match
 * blocks whose sourceLabels / sourceNamespace / gateways / port do not fit the client are
 * dropped (istio pilot/pkg/networking/core/route/route.go, sourceMatchHTTP); a route whose
 * blocks were all dropped disappears; a kept block with no request condition left makes the
 * route a catch-all for this client, and later routes are unreachable for it.
 */
export function compileRoutes(index: MeshIndex, vs: VirtualService, ctx: RouteContext): CompiledRoute[] {
  const out: CompiledRoute[] = [];
  const http = Array.isArray(vs.spec.http) ? vs.spec.http : [];
  for (let i = 0; i < http.length; i++) {
    const spec = http[i];
    if (!spec || typeof spec !== 'object') continue;
    const blocks: HTTPMatchRequest[] | undefined = Array.isArray(spec.match) && spec.match.length > 0 ? spec.match : undefined;
    let kept = blocks;
    // A route without match blocks, or with a block left unconditional, matches everything.
    let catchAllForClient = false;
    if (blocks) {
      kept = blocks.filter(
        (m) =>
          m &&
          evaluateClientConditions(m, {
            labels: ctx.client.labels,
            namespace: ctx.client.namespace,
            gateway: ctx.gateway,
            port: ctx.port,
          }, vs.namespace) === 'keep',
      );
      if (kept.length === 0) continue;
      catchAllForClient = kept.some((m) => !hasRequestConditions(m));
    } else {
      catchAllForClient = true;
    }
    const destinations = compileDestinations(index, vs, spec, i, ctx.port);
    const hashPolicies = compileHashPolicies(index, vs, spec, ctx);
    const cumulativeWeights: number[] = [];
    let total = 0;
    for (const d of destinations) {
      total += d.weight > 0 ? d.weight : 0;
      cumulativeWeights.push(total);
    }
    out.push({
      index: i,
      name: typeof spec.name === 'string' ? spec.name : undefined,
      spec,
      match: compileRouteMatches(kept),
      matchSummary: summarizeMatches(kept),
      catchAllForClient,
      destinations,
      cumulativeWeights,
      totalWeight: total,
      fault: compileFault(spec),
      mirrors: compileMirrors(index, vs, spec, ctx.port),
      hashPolicies,
      virtualService: vs,
      ref: refOf(vs.resource, ['spec', 'http', i]),
    });
    // First-match: nothing after an unconditional route can ever be reached by this client.
    if (catchAllForClient) break;
  }
  return out;
}

function compileDestinations(index: MeshIndex, vs: VirtualService, spec: HTTPRoute, i: number, listenerPort: number): WeightedDestination[] {
  const route = Array.isArray(spec.route) ? spec.route : [];
  const single = route.length === 1;
  return route
    .map((rd, j): WeightedDestination | undefined => {
      if (!rd || !rd.destination || typeof rd.destination.host !== 'string') return undefined;
      const { host, port } = destinationTarget(index, vs, rd.destination, listenerPort);
      const subset = typeof rd.destination.subset === 'string' ? rd.destination.subset : undefined;
      // Rule 9: a single destination ignores its weight; otherwise a missing weight is 0.
      const weight = single ? 100 : typeof rd.weight === 'number' ? rd.weight : 0;
      return {
        clusterName: outboundClusterName(port, subset, host),
        host,
        subset,
        port,
        weight,
        ref: refOf(vs.resource, ['spec', 'http', i, 'route', j]),
      };
    })
    .filter((d): d is WeightedDestination => d !== undefined);
}

/**
 * Rule 13: the route's hash policies, one per destination whose DestinationRule hashes; a
 * weighted destination with weight 0 is skipped like Istio skips it (route.go
 * applyHTTPRouteDestination: processDestination / processWeightedDestination).
 */
function compileHashPolicies(index: MeshIndex, vs: VirtualService, spec: HTTPRoute, ctx: RouteContext): HashPolicy[] {
  const route = Array.isArray(spec.route) ? spec.route : [];
  const out: HashPolicy[] = [];
  for (const rd of route) {
    if (!rd || !rd.destination || typeof rd.destination.host !== 'string') continue;
    if (route.length > 1 && !(typeof rd.weight === 'number' && rd.weight !== 0)) continue;
    const d = rd.destination;
    const host = expandHost(d.host, vs.namespace);
    const subset = typeof d.subset === 'string' ? d.subset : undefined;
    const port = typeof d.port?.number === 'number' ? d.port.number : undefined;
    const hp = hashPolicyForDestination(index, ctx.client.namespace, host, subset, port);
    if (hp) out.push(hp);
  }
  return out;
}

/**
 * Host expanded against the VirtualService's namespace (rule 4); port from the destination,
 * else the Service's only port, else the listener port (Istio GetDestinationCluster).
 */
export function destinationTarget(index: MeshIndex, vs: VirtualService, d: Destination, listenerPort: number) {
  const host = expandHost(d.host, vs.namespace);
  let port = typeof d.port?.number === 'number' ? d.port.number : undefined;
  if (port === undefined) {
    const svc = index.servicesByFqdn.get(host);
    port = svc && svc.ports.length === 1 ? svc.ports[0].port : listenerPort;
  }
  return { host, port };
}

/** A Percent value clamped to [0, 100]; `fallback` when absent. */
function percentOf(p: { value?: number } | undefined, fallback: number, legacy?: number): number {
  if (p && typeof p.value === 'number') return Math.max(0, Math.min(100, p.value));
  if (typeof legacy === 'number') return Math.max(0, Math.min(100, legacy));
  return fallback;
}

/**
 * Rule 10: a fault without `percentage` never fires — istio/api virtual_service.proto: "If left
 * unspecified, no request will be delayed" / "If not specified, no request will be aborted"
 * (pilot route.go TranslateFault leaves Envoy's FractionalPercent at 0). The deprecated integer
 * `percent` of a delay still counts.
 */
function compileFault(spec: HTTPRoute): CompiledFault | undefined {
  const f = spec.fault;
  if (!f || typeof f !== 'object') return undefined;
  const delayMs = f.delay ? parseDurationMs(f.delay.fixedDelay) ?? 0 : 0;
  // Istio accepts abort statuses 200..599 only (the analyzer reports others): outside it, no abort.
  const abort = f.abort?.httpStatus;
  const abortStatus = typeof abort === 'number' && Number.isInteger(abort) && abort >= 200 && abort <= 599 ? abort : 0;
  return {
    delayMs,
    delayPercent: f.delay ? percentOf(f.delay.percentage, 0, f.delay.percent) : 0,
    abortStatus,
    abortPercent: abortStatus ? percentOf(f.abort?.percentage, 0) : 0,
  };
}

function compileMirrors(index: MeshIndex, vs: VirtualService, spec: HTTPRoute, listenerPort: number) {
  const out: { clusterName: string; percent: number }[] = [];
  const add = (d: Destination | undefined, percent: number) => {
    if (!d || typeof d.host !== 'string') return;
    const { host, port } = destinationTarget(index, vs, d, listenerPort);
    out.push({ clusterName: outboundClusterName(port, typeof d.subset === 'string' ? d.subset : undefined, host), percent });
  };
  if (spec.mirror) add(spec.mirror, percentOf(spec.mirrorPercentage, 100));
  if (Array.isArray(spec.mirrors)) for (const m of spec.mirrors) add(m?.destination, percentOf(m?.percentage, 100));
  return out;
}
