/**
 * Traces for the Trace tab: one composed request (client + curl line), or the replay of a live
 * request (same client, same request, same random draws). Traces run on their own copy of the
 * scenario so they never disturb the live run's load-balancer state.
 */
import type { LoadedScenario } from '../engine/loadScenario.ts';
import { parseCurl } from '../engine/curl/parseCurl.ts';
import { formatCurl } from '../engine/curl/formatCurl.ts';
import type { Pod } from '../engine/model/mesh.ts';
import type { HttpRequest } from '../engine/model/request.ts';
import type { Rng } from '../engine/route/lb/index.ts';
import { routeRequest } from '../engine/route/routeRequest.ts';
import { TraceSink, type TraceStep } from '../engine/route/trace.ts';
import { findTrafficSource } from '../engine/simulate/findTrafficSource.ts';
import type { Topology } from '../engine/topology/types.ts';
import type { Decision } from '../engine/route/outcome.ts';
import { createPathResolver, outcomeLabel, type ResolvedPath } from './decisionPath.ts';
import type { TraceResult, TraceStepView } from './protocol.ts';

export type TraceAnswer = { ok: true; result: TraceResult } | { ok: false; error: string };

/** `from` is 'ns/name' (or a bare name in 'default') of a Pod or Deployment. */
export function traceCurl(loaded: LoadedScenario, topology: Topology, from: string, curl: string, rng: Rng): TraceAnswer {
  const client = findTrafficSource(loaded.model, from.includes('/') ? from : `default/${from}`);
  if (!client) return { ok: false, error: `No Pod or Deployment named ${from}.` };
  const parsed = parseCurl(curl);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, result: traceOne(loaded, topology, client, parsed.request, rng, curl) };
}

/** Replays a live request on `loaded` (the trace copy): `client` is matched by namespace/name. */
export function traceReplay(loaded: LoadedScenario, topology: Topology, client: Pod, request: HttpRequest, rng: Rng, sequence: number): TraceAnswer {
  const own = loaded.model.pods.find((p) => p.namespace === client.namespace && p.name === client.name);
  if (!own) return { ok: false, error: `Pod ${client.namespace}/${client.name} is gone.` };
  const result = traceOne(loaded, topology, own, request, rng, safeFormat(request));
  return { ok: true, result: { ...result, sequence } };
}

function traceOne(loaded: LoadedScenario, topology: Topology, client: Pod, request: HttpRequest, rng: Rng, curl: string): TraceResult {
  const sink = new TraceSink();
  const d = routeRequest(loaded.mesh, client, request, rng, sink);
  return traceView(topology, client, request, d, sink.steps, curl);
}

/** A routed request as the Trace tab shows it: summary, graph path, steps tied to graph elements. */
export function traceView(topology: Topology, client: Pod, request: HttpRequest, d: Decision, steps: TraceStep[], curl: string): TraceResult {
  const path = createPathResolver(topology).resolve(d, client, request.port);
  return {
    status: d.status,
    flags: d.flags,
    summary: summarize(d, steps),
    from: `${client.namespace}/${client.name}`,
    curl,
    path: path.ids,
    steps: steps.map((s) => withElement(s, path, topology)),
  };
}

function summarize(d: Decision, steps: TraceStep[]): string {
  const outcome = [...steps].reverse().find((s) => s.stage === 'outcome');
  if (outcome) return outcome.message;
  return outcomeLabel(d) ?? `${d.status}${d.pod ? ` from ${d.pod.name}` : ''}`;
}

/** Which drawn element a step is about: by stage, along the request's own path. */
function withElement(step: TraceStep, path: ResolvedPath, topology: Topology): TraceStepView {
  const byPrefix = (prefix: string) => path.ids.find((id) => id.startsWith(prefix));
  let elementId: string | undefined;
  switch (step.stage) {
    case 'client':
      elementId = byPrefix('client:');
      break;
    case 'listener':
    case 'virtualService':
      elementId = byPrefix('proxy:');
      break;
    case 'virtualHost':
      elementId = byPrefix('svc:');
      break;
    case 'route': {
      // "route 2 did not match" names another route: find it by its YAML line.
      const svc = byPrefix('svc:');
      elementId = topology.routes.find((r) => r.serviceId === svc && step.ref && r.ref.line === step.ref.line)?.id ?? byPrefix('route:');
      break;
    }
    case 'weightedPick':
    case 'destinationRule':
    case 'cluster':
      elementId = byPrefix('cluster:') ?? byPrefix('route:');
      break;
    case 'loadBalancer':
    case 'kubeProxy':
    case 'outcome':
      elementId = path.podId ?? path.ids[path.ids.length - 1];
      break;
  }
  const view: TraceStepView = { stage: step.stage, message: step.message };
  if (step.ref) view.ref = step.ref;
  if (elementId) view.elementId = elementId;
  return view;
}

function safeFormat(request: HttpRequest): string {
  try {
    return formatCurl(request);
  } catch {
    return `curl ${request.scheme}://${request.authority}${request.path}`;
  }
}
