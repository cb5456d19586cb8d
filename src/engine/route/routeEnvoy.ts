import type { Pod } from '../model/mesh.ts';
import type { HttpRequest } from '../model/request.ts';
import { getCluster, gatewayServerPort, type CompiledMesh, getClientView } from '../compile/compileMesh.ts';
import { unservedHostsFor } from '../compile/routeTable.ts';
import type { CompiledRoute, RouteTable, VirtualHost } from '../compile/types.ts';
import type { Rng } from './lb/index.ts';
import type { Decision } from './outcome.ts';
import type { TraceSink } from './trace.ts';
import { resolveDnsCached } from './resolveDns.ts';
import { matchAuthority, portLookup } from './vhostCache.ts';
import { DEFAULT_RETRY_ATTEMPTS, applyRouteAction } from './applyRouteAction.ts';
import { sendToCluster } from './sendToCluster.ts';
import { routeKubeProxy } from './routeKubeProxy.ts';

/**
 * Rules 2, 7, 8: a request through Envoy (sidecar or ingress gateway). The listener for the
 * destination port picks a virtual host by the Host header, the virtual host's routes are
 * tried in order, and the first match's action decides the cluster.
 */
export function routeEnvoy(mesh: CompiledMesh, client: Pod, req: HttpRequest, rng: Rng, trace?: TraceSink, view = getClientView(mesh, client)): Decision {
  const mode = view.mode;
  // The route table is the Gateway server's port (gateway) or the destination port (sidecar).
  let tablePort = req.port;
  if (mode === 'gateway') {
    const serverPort = gatewayServerPort(mesh, view, req.host, req.port);
    if (serverPort === undefined) {
      trace?.add('listener', view.gateways.length === 0
        ? `no Gateway selects ${client.name} (labels ${Object.entries(client.labels).map(([k, v]) => `${k}=${v}`).join(', ')}): it has no listeners`
        : `no Gateway server of ${view.gateways.join(', ')} listens where ${req.host}:${req.port} arrives`);
      trace?.add('outcome', 'curl: (7) Failed to connect: connection refused');
      return { status: 0, flags: ['CF'], mode };
    }
    tablePort = serverPort;
  } else {
    // The URL host must resolve before any packet leaves the pod.
    const dns = resolveDnsCached(mesh, view, req.host);
    if (dns.kind === 'nxdomain') {
      trace?.add('listener', `DNS: ${req.host} does not resolve (no Service of that name is visible from namespace ${client.namespace})`);
      trace?.add('outcome', 'curl: (6) Could not resolve host');
      return { status: 0, flags: ['DNS'], mode };
    }
  }
  const lookup = portLookup(mesh, view, tablePort);
  const found = matchAuthority(lookup, req.authority);
  if (!found) {
    const table = lookup.table;
    if (mode === 'gateway') {
      trace?.add('virtualHost', `Host ${req.authority} matches no virtual host on gateway server port ${tablePort} (hosts: ${table.virtualHosts.flatMap((v) => v.domains).join(', ') || 'none'})`);
      trace?.add('outcome', '404 NR: no route');
      return { status: 404, flags: ['NR'], mode };
    }
    return passthrough(mesh, client, req, rng, trace, view, table);
  }
  const vhost = found.vhost;
  if (trace) {
    trace.add('listener', mode === 'gateway'
      ? `gateway listener for server port ${tablePort} (route table "http.${tablePort}")`
      : `outbound listener 0.0.0.0:${req.port} (route table "${req.port}")`);
    trace.add('virtualHost', `Host ${req.authority} matched virtual host ${vhost.name} by domain ${found.domain}`, vhost.service?.ref);
    for (const ig of vhost.ignored) trace.add('virtualService', `VirtualService ${ig.vs.namespace}/${ig.vs.name} not applied: ${ig.reason}`, ig.vs.ref);
  }
  const vs = vhost.virtualService;
  if (!vs) return defaultRoute(mesh, view, vhost, found.serviceKey, req, rng, trace);
  const vsKey = found.virtualServiceKey!;
  if (trace) {
    const merged = vhost.mergedVirtualServices ?? [vs];
    for (const m of merged) {
      const why = mode === 'gateway' ? `bound to ${view.gateways.join(', ')}` : 'gateways include mesh';
      const more = merged.length > 1 ? '; a gateway merges the routes of every VirtualService for a host, catch-all routes last' : '';
      trace.add('virtualService', `VirtualService ${m.namespace}/${m.name} applies (${why}${more})`, m.ref);
    }
  }
  const routeAt = matchRoute(vhost.routes, req, trace);
  if (routeAt < 0) {
    trace?.add('outcome', '404 NR: no route matched');
    return { status: 404, flags: ['NR'], mode, virtualService: vsKey, service: found.serviceKey };
  }
  const route = vhost.routes[routeAt];
  const decision = applyRouteAction(mesh, view, route, req, rng, trace);
  decision.virtualService = found.routeVirtualServiceKeys[routeAt];
  decision.routeIndex = route.index;
  decision.service ??= found.serviceKey;
  return decision;
}

/** Rule 7: the position of the first route whose any match block fully matches, or -1. */
function matchRoute(routes: CompiledRoute[], req: HttpRequest, trace?: TraceSink): number {
  for (let i = 0; i < routes.length; i++) {
    const r = routes[i];
    if (r.match.matches(req)) {
      trace?.add('route', `route ${r.index + 1}${r.name ? ` "${r.name}"` : ''} matched: ${r.matchSummary}`, r.ref);
      return i;
    }
    trace?.add('route', `route ${r.index + 1}${r.name ? ` "${r.name}"` : ''} did not match: ${r.match.explain(req)}`, r.ref);
  }
  return -1;
}

function defaultRoute(
  mesh: CompiledMesh,
  view: ReturnType<typeof getClientView>,
  vhost: VirtualHost,
  serviceKey: string | undefined,
  req: HttpRequest,
  rng: Rng,
  trace?: TraceSink,
): Decision {
  trace?.add('virtualService', `no VirtualService for this host: default route to ${vhost.defaultCluster}`);
  const cluster = vhost.defaultCluster ? getCluster(mesh, view, vhost.defaultCluster) : undefined;
  const d = sendToCluster(mesh, view, cluster, vhost.defaultCluster ?? '', req, rng, vhost.defaultHashPolicies ?? [], trace);
  d.service = serviceKey;
  // Istio's default route carries the default retry policy too (route.BuildDefaultHTTPOutboundRoute).
  d.retryAttempts = DEFAULT_RETRY_ATTEMPTS;
  return d;
}

/**
 * Rule 2: a Host no virtual host claims goes to the PassthroughCluster: the original
 * destination (the resolved IP) without Istio routing. A ClusterIP is then spread by
 * kube-proxy exactly like a client without a sidecar.
 */
function passthrough(
  mesh: CompiledMesh,
  client: Pod,
  req: HttpRequest,
  rng: Rng,
  trace: TraceSink | undefined,
  view: ReturnType<typeof getClientView>,
  table: RouteTable,
): Decision {
  if (trace) {
    for (const u of unservedHostsFor(table, req.authority)) {
      trace.add('virtualService', `VirtualService ${u.vs.namespace}/${u.vs.name} not applied: ${u.reason}`, u.vs.ref);
    }
  }
  trace?.add('virtualHost', `Host ${req.authority} matches no Service or VirtualService host on port ${req.port}: PassthroughCluster (original destination, no Istio routing)`);
  const d = routeKubeProxy(mesh, client, req, rng, trace, view);
  return { ...d, mode: 'sidecar', cluster: 'PassthroughCluster' };
}
