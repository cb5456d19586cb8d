import type { Pod, Service, VirtualService } from '../model/mesh.ts';
import { compileRoutes } from './compileRoutes.ts';
import { outboundClusterName } from './clusterName.ts';
import type { MeshIndex } from './meshIndex.ts';
import { nonServiceVirtualHosts } from './nonServiceHosts.ts';
import { isTcpPort } from './portProtocol.ts';
import { addVirtualHost, createRouteTable } from './routeTable.ts';
import { pickVirtualServiceForHost, type VirtualServiceSelection } from './selectVirtualServices.ts';
import type { CompiledRoute, HashPolicy, RouteTable, VirtualHost } from './types.ts';
import { hashPolicyForService } from './compileHashPolicy.ts';

/**
 * Rule 2: the outbound HTTP route table a sidecar has for `port`, like Istio's RDS config
 * named "<port>": one virtual host per Service exposing that port (domains: FQDN, svc.ns.svc,
 * svc.ns, ClusterIP, and bare svc for same-namespace clients), plus one per VirtualService
 * host that is no Service, on the ports Istio serves it (nonServiceHosts.ts). Unmatched hosts
 * fall through to the PassthroughCluster (handled by the router).
 *
 * Order decides who keeps a domain two virtual hosts claim (a VirtualService host written
 * `web.shop` against the Service web's `web.shop`): Istio emits the virtual hosts of each
 * VirtualService in first-wins order, its non-Service hosts before its Services, then the
 * Services without a VirtualService, and drops a domain already taken
 * (pilot/pkg/networking/core/route/route.go BuildSidecarVirtualHostWrapper,
 * buildSidecarVirtualHostsForVirtualService; httproute.go BuildSidecarOutboundVirtualHosts, dedupeDomains).
 */
export function compileSidecarTable(index: MeshIndex, client: Pod, sel: VirtualServiceSelection, port: number): RouteTable {
  const table = createRouteTable(port);
  const compiled = new Map<VirtualService, CompiledRoute[]>();
  const compile = (vs: VirtualService) => {
    let routes = compiled.get(vs);
    if (!routes) compiled.set(vs, (routes = compileRoutes(index, vs, { client, gateway: 'mesh', port })));
    return routes;
  };
  const position = new Map(sel.applicable.map((vs, i) => [vs, i]));
  const ranked: { vhost: VirtualHost; rank: number }[] = [];
  const servicesOnPort = index.model.services.filter((svc) => svc.ports.some((p) => p.port === port));
  for (const svc of servicesOnPort) {
    const vhost = serviceVirtualHost(index, client, sel, svc, port, compile);
    ranked.push({ vhost, rank: vhost.virtualService ? 2 * position.get(vhost.virtualService)! + 1 : Infinity });
  }
  const { vhosts, unserved } = nonServiceVirtualHosts(sel, port, servicesOnPort, compile);
  for (const vhost of vhosts) ranked.push({ vhost, rank: 2 * position.get(vhost.virtualService!)! });
  ranked.sort((a, b) => a.rank - b.rank); // stable: Services keep model order among themselves
  for (const r of ranked) addVirtualHost(table, r.vhost);
  table.unservedHosts = unserved;
  return table;
}

function serviceVirtualHost(
  index: MeshIndex,
  client: Pod,
  sel: VirtualServiceSelection,
  svc: Service,
  port: number,
  compile: (vs: VirtualService) => CompiledRoute[],
): VirtualHost {
  const domains = [svc.fqdn, `${svc.name}.${svc.namespace}.svc`, `${svc.name}.${svc.namespace}`];
  if (svc.clusterIP && svc.clusterIP !== 'None') domains.push(svc.clusterIP); // headless: no IP domain
  if (client.namespace === svc.namespace) domains.push(svc.name);
  const sp = svc.ports.find((p) => p.port === port);
  const tcp = sp ? isTcpPort(sp.name, sp.appProtocol) : false;
  const { winner, routes, ignored } = pickVirtualServiceForHost(sel, svc.fqdn, tcp ? undefined : compile);
  if (winner && tcp) ignored.unshift({ vs: winner, reason: `port ${port} is declared as TCP (name '${sp?.name}'): HTTP routes do not apply` });
  const vs = tcp ? undefined : winner;
  return {
    name: `${svc.fqdn}:${port}`,
    domains,
    service: svc,
    port,
    virtualService: vs,
    ignored,
    routes: vs ? routes : [],
    defaultCluster: outboundClusterName(port, undefined, svc.fqdn),
    defaultHashPolicies: defaultHashPolicies(index, client, svc, port),
  };
}

function defaultHashPolicies(index: MeshIndex, client: Pod, svc: Service, port: number): HashPolicy[] {
  const hp = hashPolicyForService(index, client.namespace, svc, port);
  return hp ? [hp] : [];
}
