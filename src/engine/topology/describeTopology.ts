import { clusterDeployments } from './clusterDeployments.ts';
import type { LoadedScenario } from '../loadScenario.ts';
import type { Pod, Service } from '../model/mesh.ts';
import type { HttpRequest } from '../model/request.ts';
import { getClientView, getCluster, getRouteTable, type CompiledMesh } from '../compile/compileMesh.ts';
import { compileSidecarTable } from '../compile/compileSidecarTable.ts';
import { selectVirtualServices } from '../compile/selectVirtualServices.ts';
import { findVirtualHost } from '../compile/routeTable.ts';
import { findDestinationRule } from '../compile/findDestinationRule.ts';
import { outboundClusterName } from '../compile/clusterName.ts';
import { findServicePort, serviceEndpoints } from '../compile/meshIndex.ts';
import type { VirtualHost } from '../compile/types.ts';
import { resolveDns } from '../route/resolveDns.ts';
import { clientId, clusterId, podId, proxyId, routeId, serviceId } from './ids.ts';
import { hashLayoutOf, hashShares } from './hashLayout.ts';
import { routeChips } from './routeChips.ts';
import type { Topology, TopoCluster, TopoPod, TopoService } from './types.ts';

/** The graph of what the scenario's Traffic touches (see types.ts). Pure; never throws on odd config. */
export function describeTopology(loaded: LoadedScenario): Topology {
  const t: Topology = { clients: [], proxies: [], services: [], routes: [], clusters: [], pods: [], edges: [] };
  const seen = new Set<string>();
  const once = (id: string) => (seen.has(id) ? false : (seen.add(id), true));
  const mesh = loaded.mesh;

  const addEdge = (e: Topology['edges'][number]) => {
    if (once('edge:' + e.id)) t.edges.push(e);
  };
  // Lookups by id and by pod name (a large mesh has a thousand pods: no linear searches).
  const clusterById = new Map<string, TopoCluster>();
  const podsByName = new Map<string, TopoPod[]>();
  const serviceById = new Map<string, TopoService>();
  // A Traffic entry's share of its Traffic's rate (the request stream draws entries by weight).
  const weightSums = new Map<unknown, number>();
  for (const tpl of loaded.stream.templates) weightSums.set(tpl.traffic, (weightSums.get(tpl.traffic) ?? 0) + tpl.weight);
  const rateOf = (tpl: (typeof loaded.stream.templates)[number]) => {
    const sum = weightSums.get(tpl.traffic) ?? 0;
    return tpl.traffic.rate > 0 && sum > 0 ? (tpl.traffic.rate * tpl.weight) / sum : 0;
  };

  const addCluster = (svc: Service | undefined, svcNodeId: string, name: string, client: Pod): TopoCluster => {
    const id = clusterId(name);
    const existing = clusterById.get(id);
    if (existing) return existing;
    const view = getClientView(mesh, client);
    const cluster = getCluster(mesh, view, name);
    const subset = name.split('|')[2] || undefined;
    const dr = svc ? findDestinationRule(mesh.index.model, client.namespace, svc.fqdn, svc.namespace) : undefined;
    const subsetDef = dr?.subsets.find((s) => s.subset.name === subset);
    const labels = subsetDef?.subset.labels && typeof subsetDef.subset.labels === 'object' ? subsetDef.subset.labels : svc?.selector ?? {};
    const node: TopoCluster = {
      id,
      serviceId: svcNodeId,
      name,
      subset,
      labels,
      lbLabel: cluster?.policy.label ?? 'no such cluster',
      lbRef: cluster?.policy.ref,
      destinationRuleRef: cluster?.destinationRule?.ref,
      defined: cluster !== undefined,
      podIds: [],
      deployments: clusterDeployments(loaded, svc, labels),
    };
    for (const ep of cluster?.endpoints ?? []) {
      const pid = podId(name, ep.pod.namespace, ep.pod.name);
      node.podIds.push(pid);
      const pod: TopoPod = { id: pid, clusterId: id, namespace: ep.pod.namespace, name: ep.pod.name, ip: ep.pod.ip, port: ep.port, labels: ep.pod.labels, ready: ep.pod.ready, deployment: ep.pod.deployment, ref: ep.pod.ref };
      t.pods.push(pod);
      const key = `${pod.namespace}/${pod.name}`;
      podsByName.set(key, [...(podsByName.get(key) ?? []), pod]);
    }
    const layout = cluster && hashLayoutOf(cluster);
    if (layout) {
      // hashShares follows cluster.endpoints, the order podIds was filled in.
      const shares = hashShares(layout);
      node.hashSpace = Object.fromEntries(node.podIds.map((pid, i) => [pid, shares[i]]));
    }
    t.clusters.push(node);
    clusterById.set(id, node);
    return node;
  };

  // Per sidecar/gateway proxy, the VirtualServices its requests go through (one per host).
  const proxyVirtualServices = new Map<string, Set<string>>();
  for (const tpl of loaded.stream.templates) {
    const client = tpl.client;
    const req = tpl.variants[0];
    const cid = clientId(client.namespace, client.name);
    const view = getClientView(mesh, client);
    if (once(cid)) {
      t.clients.push({ id: cid, namespace: client.namespace, name: client.name, ip: client.ip, mode: view.mode, hasSidecar: client.hasSidecar, sidecarReason: client.sidecarReason, ref: client.ref, deployment: client.deployment, traffic: [] });
    }
    const tc = t.clients.find((c) => c.id === cid)!;
    if (!tc.traffic.includes(tpl.traffic.name)) tc.traffic.push(tpl.traffic.name);

    const pid = proxyId(client.namespace, client.name, req.port);
    const dns = view.mode === 'gateway' ? undefined : resolveDns(mesh, client, req.host);
    const dnsService = dns?.kind === 'service' ? dns.service : undefined;
    // What decides the route: Envoy's virtual host, or (no sidecar) the one a sidecar would use, drawn unused.
    const vhost = view.mode === 'kube-proxy' ? displayVhost(mesh, client, req, dnsService) : findVirtualHost(getRouteTable(mesh, view, req.port), req.authority)?.vhost;
    const passthrough = view.mode === 'sidecar' && !vhost;
    if (once(pid)) {
      const gatewayOnly = vhost?.ignored.find((i) => i.reason.startsWith('gateway-only'));
      const summary =
        view.mode === 'kube-proxy' ? 'no sidecar: kube-proxy picks a random pod'
          : passthrough ? 'no matching host: PassthroughCluster'
          : vhost?.virtualService ? `VirtualService ${vhost.virtualService.name} applies`
          : gatewayOnly ? `ignored: ${gatewayOnly.vs.name} is gateway-only; default route`
          : 'none: default route';
      t.proxies.push({
        id: pid, clientId: cid, mode: view.mode, port: req.port, summary,
        virtualService: view.mode !== 'kube-proxy' && vhost?.virtualService ? { namespace: vhost.virtualService.namespace, name: vhost.virtualService.name, ref: vhost.virtualService.ref } : undefined,
        ignored: (vhost?.ignored ?? []).map((i) => ({ name: `${i.vs.namespace}/${i.vs.name}`, reason: i.reason, ref: i.vs.ref })),
      });
    }
    addEdge({ id: `${cid}->${pid}`, source: cid, target: pid, kind: 'client' });
    if (view.mode !== 'kube-proxy' && vhost?.virtualService) {
      const names = proxyVirtualServices.get(pid) ?? new Set<string>();
      names.add(vhost.virtualService.name);
      proxyVirtualServices.set(pid, names);
    }

    const svc = vhost?.service ?? dnsService;
    const host = svc?.fqdn ?? vhost?.domains[0];
    if (!host) continue;
    const sid = serviceId(host);
    if (once(sid)) {
      const service: TopoService = {
        id: sid, namespace: svc?.namespace ?? '', name: svc?.name ?? host, host, clusterIP: svc?.clusterIP,
        ports: svc ? svc.ports.map((p) => `${p.port} → ${p.targetPort}`).join(', ') : `${req.port}`, ref: svc?.ref, rate: 0,
      };
      t.services.push(service);
      serviceById.set(sid, service);
    }
    serviceById.get(sid)!.rate += rateOf(tpl);
    addEdge({ id: `${pid}->${sid}`, source: pid, target: sid, kind: passthrough ? 'passthrough' : 'proxy' });

    if (vhost?.virtualService) {
      const vsKey = `${vhost.virtualService.namespace}/${vhost.virtualService.name}`;
      for (const r of vhost.routes) {
        const rid = routeId(vsKey, r.index, host);
        if (once(rid)) t.routes.push({ id: rid, serviceId: sid, virtualService: vsKey, index: r.index, name: r.name, summary: r.matchSummary, chips: routeChips(r.spec), ref: r.ref });
        addEdge({ id: `${sid}->${rid}`, source: sid, target: rid, kind: 'route' });
        r.destinations.forEach((d, j) => {
          const c = addCluster(mesh.index.servicesByFqdn.get(d.host), sid, d.clusterName, client);
          const share = r.totalWeight > 0 && d.weight > 0 ? d.weight / r.totalWeight : 0;
          addEdge({ id: `${rid}->${c.id}#${j}`, source: rid, target: c.id, kind: 'weighted', weight: r.destinations.length > 1 ? d.weight : undefined, share, ref: d.ref, weightPath: ['spec', 'http', r.index, 'route', j, 'weight'] });
        });
      }
    } else if (vhost?.defaultCluster && view.mode !== 'kube-proxy') {
      const c = addCluster(svc, sid, vhost.defaultCluster, client);
      addEdge({ id: `${sid}->${c.id}`, source: sid, target: c.id, kind: 'default' });
    }
    if (svc) addUnusedSubsets(svc, sid, req.port, client);
    if ((view.mode === 'kube-proxy' || passthrough) && svc) {
      // kube-proxy spreads over every ready endpoint, bypassing routes and subsets.
      const sp = findServicePort(svc, req.port);
      let groups = t.clusters.filter((c) => c.serviceId === sid);
      if (groups.length === 0 && sp) groups = [addCluster(svc, sid, outboundClusterName(sp.port, undefined, svc.fqdn), client)];
      for (const ep of sp ? serviceEndpoints(mesh.index, svc, sp) : []) {
        const home = podsByName.get(`${ep.pod.namespace}/${ep.pod.name}`)?.find((p) => groups.some((g) => g.id === p.clusterId));
        if (home) addEdge({ id: `${sid}->${home.id}`, source: sid, target: home.id, kind: 'kubeProxy' });
      }
    }
  }
  // A proxy whose requests go to several hosts applies one VirtualService per host: naming
  // the first request's would suggest it applies to all of them.
  for (const proxy of t.proxies) {
    const names = proxyVirtualServices.get(proxy.id);
    if (names && names.size > 1) proxy.summary = `${names.size} VirtualServices apply, one per host`;
  }
  return t;

  function addUnusedSubsets(svc: Service, sid: string, port: number, client: Pod) {
    const dr = findDestinationRule(mesh.index.model, client.namespace, svc.fqdn, svc.namespace);
    const sp = findServicePort(svc, port) ?? svc.ports[0];
    if (!dr || !sp) return;
    for (const s of dr.subsets) addCluster(svc, sid, outboundClusterName(sp.port, s.subset.name, svc.fqdn), client);
  }
}

/** For a client without a sidecar: the virtual host a sidecar in its place would use (drawn, but unused). */
function displayVhost(mesh: CompiledMesh, client: Pod, req: HttpRequest, svc: Service | undefined): VirtualHost | undefined {
  if (!svc) return undefined;
  const table = compileSidecarTable(mesh.index, client, selectVirtualServices(mesh.index, client.namespace, 'mesh'), req.port);
  return findVirtualHost(table, svc.fqdn)?.vhost;
}
