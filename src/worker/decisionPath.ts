/**
 * From one routing decision to the graph elements the request went through: node ids
 * (client -> proxy -> service -> route -> cluster -> pod) and the edge ids between them,
 * as drawn by the graph (src/engine/topology). Paths are cached: a live run has only a
 * handful of distinct ones, so each request costs one string key and one map lookup.
 */
import type { Decision } from '../engine/route/outcome.ts';
import type { Pod } from '../engine/model/mesh.ts';
import { clientId, clusterId, podId, proxyId, routeId } from '../engine/topology/ids.ts';
import type { Topology, TopoEdge } from '../engine/topology/types.ts';

export interface ResolvedPath {
  /** Index in the resolver's table (stable for the topology's lifetime). */
  index: number;
  /** Node ids in travel order; a failed request stops at the element where it failed. */
  ids: string[];
  /** Edge ids between consecutive nodes (cluster -> pod has none). */
  edgeIds: string[];
  /** Per segment (ids[i] -> ids[i+1]) the drawn edge id, '' where there is none. */
  segmentEdges: string[];
  /** Subset (cluster) the request counts for: its cluster, or for kube-proxy its pod's subset box. */
  groupId?: string;
  /** True when the request reached `groupId` through a cluster (Envoy), false via kube-proxy. */
  viaCluster: boolean;
  podId?: string;
  label?: string;
  failed: boolean;
}

export interface PathResolver {
  resolve(decision: Decision, client: Pod, port: number): ResolvedPath;
  /** Every path resolved so far, by index. */
  readonly paths: readonly ResolvedPath[];
}

export function createPathResolver(topology: Topology): PathResolver {
  const nodes = new Set<string>();
  for (const list of [topology.clients, topology.proxies, topology.services, topology.routes, topology.clusters, topology.pods]) {
    for (const n of list) nodes.add(n.id);
  }
  const hostOf = new Map(topology.services.map((s) => [s.id, s.host]));
  const podHome = new Map(topology.pods.map((p) => [p.id, p.clusterId]));
  const out = new Map<string, TopoEdge[]>();
  for (const e of topology.edges) {
    const list = out.get(e.source);
    if (list) list.push(e);
    else out.set(e.source, [e]);
  }
  const edgesFrom = (id: string) => out.get(id) ?? [];
  const cache = new Map<string, ResolvedPath>();
  const paths: ResolvedPath[] = [];

  function build(d: Decision, client: Pod, port: number): Omit<ResolvedPath, 'index'> {
    const ids: string[] = [];
    const cid = clientId(client.namespace, client.name);
    if (nodes.has(cid)) ids.push(cid);
    const pid = proxyId(client.namespace, client.name, port);
    if (nodes.has(pid)) ids.push(pid);
    const reachedService = d.service !== undefined || d.virtualService !== undefined || d.cluster !== undefined || d.pod !== undefined;
    let sid: string | undefined;
    if (reachedService) {
      const candidates = edgesFrom(pid).map((e) => e.target).filter((t) => t.startsWith('svc:'));
      const wanted = d.service ? `svc:${d.service.split('/')[1]}.${d.service.split('/')[0]}.svc.cluster.local` : undefined;
      sid = wanted && candidates.includes(wanted) ? wanted : candidates.length === 1 ? candidates[0] : undefined;
      if (sid) ids.push(sid);
    }
    if (sid && d.virtualService !== undefined && d.routeIndex !== undefined) {
      const rid = routeId(d.virtualService, d.routeIndex, hostOf.get(sid)!);
      if (nodes.has(rid)) ids.push(rid);
    }
    let groupId: string | undefined;
    let viaCluster = false;
    let pod: string | undefined;
    const cl = d.cluster !== undefined ? clusterId(d.cluster) : undefined;
    if (cl && nodes.has(cl)) {
      ids.push(cl);
      groupId = cl;
      viaCluster = true;
      if (d.pod) {
        const p = podId(d.cluster!, d.pod.namespace, d.pod.name);
        if (nodes.has(p)) ids.push((pod = p));
      }
    } else if (d.pod && sid) {
      // kube-proxy / passthrough: the service's kubeProxy edge to that pod's box.
      const suffix = `:${d.pod.namespace}/${d.pod.name}`;
      const e = edgesFrom(sid).find((x) => x.kind === 'kubeProxy' && x.target.endsWith(suffix));
      if (e) {
        ids.push((pod = e.target));
        groupId = podHome.get(e.target);
      }
    }
    const edgeIds: string[] = [];
    const segmentEdges: string[] = [];
    for (let i = 1; i < ids.length; i++) {
      const from = ids[i - 1];
      const to = ids[i];
      const list = edgesFrom(from);
      const exact = d.destinationIndex !== undefined ? list.find((e) => e.id === `${from}->${to}#${d.destinationIndex}`) : undefined;
      const e = exact ?? list.find((x) => x.target === to);
      if (e) edgeIds.push(e.id);
      segmentEdges.push(e?.id ?? '');
    }
    const failed = d.status === 0 || d.status >= 400;
    return { ids, edgeIds, segmentEdges, groupId, viaCluster, podId: pod, failed, label: outcomeLabel(d) };
  }

  return {
    paths,
    resolve(d, client, port) {
      const key = `${client.namespace}/${client.name}:${port}|${d.status}|${d.flags.join(',')}|${d.service}|${d.virtualService}|${d.routeIndex}|${d.destinationIndex}|${d.cluster}|${d.pod ? d.pod.namespace + '/' + d.pod.name : ''}`;
      let p = cache.get(key);
      if (!p) {
        p = { index: paths.length, ...build(d, client, port) };
        cache.set(key, p);
        paths.push(p);
      }
      return p;
    },
  };
}

/** '404 NR', '503 UH', '301', 'no response (DNS)'; undefined for a plain success. */
export function outcomeLabel(d: Decision): string | undefined {
  const flags = d.flags.filter((f) => f !== 'DI');
  if (d.status === 0) return `no response${flags.length ? ` (${flags.join(',')})` : ''}`;
  if (d.status < 300) return undefined;
  return `${d.status}${flags.length ? ' ' + flags.join(',') : ''}`;
}
