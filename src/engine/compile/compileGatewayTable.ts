import type { Gateway, Pod } from '../model/mesh.ts';
import { compileRoutes } from './compileRoutes.ts';
import type { MeshIndex } from './meshIndex.ts';
import { addVirtualHost, createRouteTable } from './routeTable.ts';
import { selectVirtualServices } from './selectVirtualServices.ts';
import type { RouteTable } from './types.ts';
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
 * that port (istio pilot/pkg/networking/core/gateway.go buildGatewayHTTPRouteConfig). A Host no
 * virtual host claims gets 404 NR: a gateway has no passthrough.
 */
export function compileGatewayTable(index: MeshIndex, pod: Pod, gateways: Gateway[], port: number): RouteTable {
  const table = createRouteTable(port);
  for (const gw of gateways) {
    const gwName = `${gw.namespace}/${gw.name}`;
    const servers = (Array.isArray(gw.spec.servers) ? gw.spec.servers : []).filter((s) => s && s.port?.number === port);
    if (servers.length === 0) continue;
    const sel = selectVirtualServices(index, pod.namespace, gwName);
    for (const vs of sel.applicable) {
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
      if (domains.size === 0) continue;
      addVirtualHost(table, {
        name: `${[...domains][0]}:${port} (${gwName})`,
        domains: [...domains],
        port,
        virtualService: vs,
        ignored: [],
        routes: compileRoutes(index, vs, { client: pod, gateway: gwName, port }),
      });
    }
  }
  return table;
}
