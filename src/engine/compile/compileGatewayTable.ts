import type { Gateway, Pod, VirtualService } from '../model/mesh.ts';
import { compileRoutes } from './compileRoutes.ts';
import type { MeshIndex } from './meshIndex.ts';
import { addVirtualHost, createRouteTable } from './routeTable.ts';
import { claimsHost, selectVirtualServices } from './selectVirtualServices.ts';
import type { CompiledRoute, RouteTable, VirtualHost } from './types.ts';
import { hostMatches } from './visibility.ts';
import { labelsMatch } from './meshIndex.ts';

/** The Gateways whose selector picks this pod (any namespace: PILOT_SCOPE_GATEWAY_TO_NAMESPACE defaults to false). */
export function gatewaysForPod(index: MeshIndex, pod: Pod): Gateway[] {
  return index.model.gateways.filter((g) => {
    const sel = g.spec.selector;
    return sel && typeof sel === 'object' && Object.keys(sel).length > 0 && labelsMatch(pod.labels, sel);
  });
}

/**
 * An ingress gateway's route table for one server port: only VirtualServices bound to one of
 * its Gateways (`gateways: [ns/name]`) apply, for the hosts the Gateway's servers expose on
 * that port. Unlike a sidecar, a gateway merges VirtualServices: the routes of every one that
 * claims a host are appended in order, then catch-all routes move to the end (istio
 * pilot/pkg/networking/core/gateway.go buildGatewayHTTPRouteConfig: vHostDedupMap,
 * `vHost.Routes = append(vHost.Routes, routes...)`, SortVHostRoutes). A Host no virtual host
 * claims gets 404 NR: a gateway has no passthrough.
 */
export function compileGatewayTable(index: MeshIndex, pod: Pod, gateways: Gateway[], port: number): RouteTable {
  const table = createRouteTable(port);
  const byHost = new Map<string, VirtualHost>();
  for (const gw of gateways) {
    const gwName = `${gw.namespace}/${gw.name}`;
    const servers = (Array.isArray(gw.spec.servers) ? gw.spec.servers : []).filter((s) => s && s.port?.number === port);
    if (servers.length === 0) continue;
    const sel = selectVirtualServices(index, pod.namespace, gwName);
    for (const vs of sel.applicable) {
      const hosts = intersectHosts(vs, gw, servers);
      if (hosts.length === 0) continue;
      const routes = compileRoutes(index, vs, { client: pod, gateway: gwName, port });
      // Istio: "omitting routes for virtual service" when none applies to this gateway.
      if (routes.length === 0) continue;
      for (const host of hosts) {
        const key = host.toLowerCase();
        let vhost = byHost.get(key);
        if (!vhost) {
          const ignored = sel.excluded.filter((ex) => claimsHost(ex.vs, host));
          vhost = { name: `${host}:${port} (${gwName})`, domains: [host], port, virtualService: vs, ignored, routes: [], mergedVirtualServices: [] };
          byHost.set(key, vhost);
        }
        vhost.routes.push(...routes);
        vhost.mergedVirtualServices!.push(vs);
      }
    }
  }
  for (const vhost of byHost.values()) {
    vhost.routes = catchAllLast(vhost.routes);
    addVirtualHost(table, vhost);
  }
  return table;
}

/** Server hosts (`ns/host`, `*`) intersected with the VirtualService's hosts, both ways (gateway.go). */
function intersectHosts(vs: VirtualService, gw: Gateway, servers: NonNullable<Gateway['spec']['servers']>): string[] {
  const domains = new Set<string>();
  for (const server of servers) {
    for (const raw of Array.isArray(server.hosts) ? server.hosts : []) {
      const [nsPart, serverHost] = raw.includes('/') ? raw.split('/', 2) : ['*', raw];
      if (nsPart !== '*' && !(nsPart === '.' ? vs.namespace === gw.namespace : nsPart === vs.namespace)) continue;
      for (const vsHost of vs.hosts) {
        if (hostMatches(serverHost, vsHost)) domains.add(vsHost);
        else if (hostMatches(vsHost, serverHost)) domains.add(serverHost);
      }
    }
  }
  return [...domains];
}

/** route.go SortVHostRoutes: catch-all routes last, the others keep their order. */
function catchAllLast(routes: CompiledRoute[]): CompiledRoute[] {
  return [...routes.filter((r) => !r.catchAllForClient), ...routes.filter((r) => r.catchAllForClient)];
}
