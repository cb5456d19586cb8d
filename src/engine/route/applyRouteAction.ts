import type { HttpRequest } from '../model/request.ts';
import { getCluster, type CompiledMesh, type getClientView } from '../compile/compileMesh.ts';
import type { CompiledRoute } from '../compile/types.ts';
import type { Rng } from './lb/index.ts';
import type { Decision } from './outcome.ts';
import type { TraceSink } from './trace.ts';
import { sendToCluster } from './sendToCluster.ts';
import { parseDurationMs } from '../compile/parseDuration.ts';

type View = ReturnType<typeof getClientView>;

/**
 * Rules 9 and 10: what the matched route does. Order follows Envoy's filter chain: the fault
 * filter (delay, then abort) runs before the router; the router then answers a redirect or a
 * direct response itself, or picks a weighted cluster and load-balances inside it.
 */
export function applyRouteAction(mesh: CompiledMesh, view: View, route: CompiledRoute, req: HttpRequest, rng: Rng, trace?: TraceSink): Decision {
  const mode = view.mode;
  const flags: Decision['flags'] = [];
  let delayMs: number | undefined;
  const f = route.fault;
  if (f) {
    if (f.delayMs > 0 && f.delayPercent > 0 && rng.nextFloat() * 100 < f.delayPercent) {
      delayMs = f.delayMs;
      flags.push('DI');
      trace?.add('route', `fault: delayed ${f.delayMs} ms (${f.delayPercent}% of requests)`, route.ref);
    }
    if (f.abortStatus && f.abortPercent > 0 && rng.nextFloat() * 100 < f.abortPercent) {
      flags.push('FI');
      trace?.add('outcome', `fault: aborted with ${f.abortStatus} (${f.abortPercent}% of requests)`, route.ref);
      return { status: f.abortStatus, flags, mode, delayMs };
    }
  }
  const spec = route.spec;
  if (spec.redirect && typeof spec.redirect === 'object') {
    const r = spec.redirect;
    const status = statusIn(r.redirectCode, 300, 399, 301);
    const location = `${r.scheme ?? req.scheme}://${r.authority ?? req.authority}${r.uri ?? req.path}`;
    trace?.add('outcome', `redirect ${status} to ${location}`, route.ref);
    return { status, flags, mode, delayMs, location };
  }
  if (spec.directResponse && typeof spec.directResponse === 'object') {
    const status = statusIn(spec.directResponse.status, 200, 599, 200);
    trace?.add('outcome', `direct response ${status} from the proxy (no upstream)`, route.ref);
    return { status, flags, mode, delayMs };
  }
  if (trace && spec.rewrite && typeof spec.rewrite.uri === 'string') {
    trace.add('route', `rewrite: the matched part of ${req.path} is replaced with ${spec.rewrite.uri}`, route.ref);
  }
  const picked = pickDestination(route, rng, trace);
  if (picked < 0) {
    trace?.add('outcome', '503 NC: the route has no destination with a positive weight', route.ref);
    return { status: 503, flags: [...flags, 'NC'], mode, delayMs };
  }
  const dest = route.destinations[picked];
  const cluster = getCluster(mesh, view, dest.clusterName);
  const d = sendToCluster(mesh, view, cluster, dest.clusterName, req, rng, route.hashPolicies, trace, dest.ref);
  d.destinationIndex = picked;
  if (delayMs !== undefined) d.delayMs = delayMs;
  if (flags.length) d.flags = [...flags, ...d.flags];
  if (route.mirrors.length) {
    const mirrors = route.mirrors.filter((m) => m.percent >= 100 || rng.nextFloat() * 100 < m.percent).map((m) => m.clusterName);
    if (mirrors.length) {
      d.mirrors = mirrors;
      trace?.add('route', `mirrored to ${mirrors.join(', ')} (fire and forget: the response is ignored)`, route.ref);
    }
  }
  if (spec.timeout !== undefined) {
    const ms = parseDurationMs(spec.timeout);
    if (ms) d.timeoutMs = ms;
  }
  d.retryAttempts = retryAttemptsOf(spec.retries);
  if (trace && spec.timeout) trace.add('route', `timeout ${spec.timeout} (the simulated upstream answers at once)`, route.ref);
  if (trace && spec.retries) {
    trace.add('route', d.retryAttempts === 0
      ? 'retries disabled (attempts is 0 or omitted)'
      : `retries: up to ${d.retryAttempts} retr${d.retryAttempts === 1 ? 'y' : 'ies'} (${d.retryAttempts + 1} tries in all) on ${spec.retries.retryOn ?? DEFAULT_RETRY_ON}${spec.retries.perTryTimeout ? `, ${spec.retries.perTryTimeout} per try` : ''} (the simulated upstream never fails, so none is needed)`, route.ref);
  }
  return d;
}

/**
 * Rule 9: Envoy's weighted_clusters pick — random % total, walk the list in order
 * (source/common/router/config_impl.cc RouteEntryImplBase::pickWeightedCluster). Returns -1
 * when no destination has a positive weight.
 */
function pickDestination(route: CompiledRoute, rng: Rng, trace?: TraceSink): number {
  const n = route.destinations.length;
  if (n === 0 || route.totalWeight <= 0) return -1;
  if (n === 1) {
    trace?.add('weightedPick', `single destination ${route.destinations[0].clusterName}`, route.destinations[0].ref);
    return 0;
  }
  const r = rng.nextInt(route.totalWeight);
  const cw = route.cumulativeWeights;
  let i = 0;
  while (i < n - 1 && r >= cw[i]) i++;
  if (trace) {
    const weights = route.destinations.map((d) => `${d.subset ?? d.host}=${d.weight}`).join(', ');
    trace.add('weightedPick', `random ${r} of total ${route.totalWeight} (weights ${weights}) -> ${route.destinations[i].clusterName}`, route.destinations[i].ref);
  }
  return i;
}

/** Istio's retry policy when a route sets none (pilot/pkg/networking/core/route/retry/retry.go DefaultPolicy). */
export const DEFAULT_RETRY_ATTEMPTS = 2;
const DEFAULT_RETRY_ON = 'connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes';

/**
 * retry.go ConvertPolicy: no `retries` -> the default policy (2 attempts); `retries` with
 * attempts 0 or omitted (the proto default) -> retries disabled; otherwise `attempts`.
 */
function retryAttemptsOf(retries: { attempts?: unknown } | undefined): number {
  if (!retries || typeof retries !== 'object') return DEFAULT_RETRY_ATTEMPTS;
  return typeof retries.attempts === 'number' && retries.attempts > 0 ? retries.attempts : 0;
}

/** A status Istio's validation accepts (the analyzer reports others), else the default. */
function statusIn(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
}
