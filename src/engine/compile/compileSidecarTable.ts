import type { Pod, Service, VirtualService } from '../model/mesh.ts';
import { compileRoutes } from './compileRoutes.ts';
import { outboundClusterName } from './clusterName.ts';
import type { MeshIndex } from './meshIndex.ts';
import { addVirtualHost, createRouteTable } from './routeTable.ts';
import { hostMatches } from './visibility.ts';
import { pickVirtualServiceForHost, type VirtualServiceSelection } from './selectVirtualServices.ts';
import type { CompiledRoute, HashPolicy, RouteTable, VirtualHost } from './types.ts';
import { hashPolicyForService } from './compileHashPolicy.ts';

/**
 * Rule 2: the outbound HTTP route table a sidecar has for `port`, like Istio's RDS config
 * named "<port>": one virtual host per Service exposing that port (domains: FQDN, svc.ns.svc,
 * svc.ns, ClusterIP, and bare svc for same-namespace clients), then one per VirtualService
 * host that is no Service (assumed to resolve through DNS). Unmatched hosts fall through to
 * the PassthroughCluster (handled by the router).
 */
export function compileSidecarTable(index: MeshIndex, client: Pod, sel: VirtualServiceSelection, port: number): RouteTable {
  const table = createRouteTable(port);
  const compiled = new Map<VirtualService, CompiledRoute[]>();
  const compile = (vs: VirtualService) => {
    let routes = compiled.get(vs);
    if (!routes) compiled.set(vs, (routes = compileRoutes(index, vs, { client, gateway: 'mesh', port })));
    return routes;
  };
  const serviceHosts = new Set<string>();
  for (const svc of index.model.services) {
    if (!svc.ports.some((p) => p.port === port)) continue;
    serviceHosts.add(svc.fqdn);
    addVirtualHost(table, serviceVirtualHost(index, client, sel, svc, port, compile));
  }
  // VirtualService hosts that name no Service (e.g. www.example.com) still get a virtual host.
  // A wildcard that covers some Service on this port does not (route.go separateVSHostsAndServices).
  const seen = new Set<string>();
  for (const vs of sel.applicable) {
    for (const host of vs.hosts) {
      if (serviceHosts.has(host) || seen.has(host)) continue;
      seen.add(host);
      if (host.startsWith('*') && [...serviceHosts].some((fqdn) => hostMatches(host, fqdn))) continue;
      const { winner, routes, ignored } = pickVirtualServiceForHost(sel, host, compile, true);
      if (!winner) continue;
      addVirtualHost(table, { name: `${host}:${port}`, domains: [host], port, virtualService: winner, ignored, routes });
    }
  }
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

/**
 * Istio protocol selection (istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/):
 * a port named tcp*, tls*, mongo*, mysql*, redis* or appProtocol tcp/tls is not HTTP;
 * unnamed ports are sniffed, and the playground's requests are HTTP, so they route as HTTP.
 */
export function isTcpPort(name: string | undefined, appProtocol: string | undefined): boolean {
  const proto = (appProtocol ?? name ?? '').toLowerCase().split('-')[0];
  return ['tcp', 'tls', 'mongo', 'mysql', 'redis'].includes(proto);
}
