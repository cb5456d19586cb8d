import type { Pod } from '../model/mesh.ts';
import type { HttpRequest } from '../model/request.ts';
import { getClientView, type CompiledMesh } from '../compile/compileMesh.ts';
import type { Rng } from './lb/index.ts';
import type { Decision } from './outcome.ts';
import type { TraceSink } from './trace.ts';
import { routeEnvoy } from './routeEnvoy.ts';
import { routeKubeProxy } from './routeKubeProxy.ts';

/**
 * Routes one request from `client` to an outcome. Pass a TraceSink to get the decision steps
 * (each with the YAML line that caused it); without one, nothing but the decision is built.
 */
export function routeRequest(mesh: CompiledMesh, client: Pod, req: HttpRequest, rng: Rng, trace?: TraceSink): Decision {
  const view = getClientView(mesh, client);
  if (trace) {
    const who = `${client.namespace}/${client.name} (${client.ip})`;
    const how =
      view.mode === 'gateway'
        ? `is an ingress gateway (label istio=ingressgateway)${view.gateways.length ? `, selected by Gateway ${view.gateways.join(', ')}` : ''}`
        : view.mode === 'sidecar'
          ? `has an Envoy sidecar, whose outbound listener routes the request. ${client.sidecarReason}`
          : `has no sidecar, so VirtualServices and DestinationRules do not apply. ${client.sidecarReason}`;
    trace.add('client', `${who} sends ${req.method} ${req.scheme}://${req.authority}${req.path}${req.query ? '?' + req.query : ''}. It ${how}`, client.ref);
  }
  return view.mode === 'kube-proxy' ? routeKubeProxy(mesh, client, req, rng, trace, view) : routeEnvoy(mesh, client, req, rng, trace, view);
}
