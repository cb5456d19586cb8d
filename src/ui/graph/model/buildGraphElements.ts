import type { Topology, TopoCluster, TopoEdge } from '../../../engine/topology/types.ts';
import type { LiveStats } from '../../../worker/liveStats.ts';
import { categoricalColor, type ThemeName } from '../../theme/palette.ts';
import { KUBE_PROXY_HANDLE } from '../layout/graphGeometry.ts';
import { kubeProxyBuses, placeWeightLabels, serviceDetours, type Detour, type KubeProxyBus } from '../layout/edgeGeometry.ts';
import { groupedEdgeCounts, MORE_SERVICES_ID, podsDrawn, type ReducedGraph } from '../lod/graphLod.ts';
import { podSummary } from '../lod/podSummary.ts';
import { layoutTopology, subsetHeaderHeight, type GraphLayout, type Placement } from '../layout/layoutTopology.ts';
import { describeClient, describeMoreServices, describePod, describeProxy, describeRoute, describeService, describeSubset } from './ariaLabels.ts';
import type { GraphElements, GraphNode, TrafficGraphEdge } from './graphTypes.ts';
import { liveUsage } from './liveUsage.ts';
import { podNamer } from './shortPodName.ts';

/** Edge stroke width: thin when no request takes it, up to 6 px when all do. */
export const strokeWidthFor = (fraction: number) => 1.25 + 4.75 * Math.max(0, Math.min(1, fraction));

/** Namespace of the Service behind a cluster name `outbound|8080|v1|svc.ns.svc.cluster.local`. */
export function clusterNamespace(c: TopoCluster, t: Topology): string {
  const host = c.name.split('|')[3] ?? '';
  const match = /^[^.]+\.([^.]+)\.svc\.cluster\.local$/.exec(host);
  if (match) return match[1];
  const pod = t.pods.find((p) => p.clusterId === c.id);
  return pod?.namespace ?? t.services.find((s) => s.id === c.serviceId)?.namespace ?? '';
}

/** Subset labels as `k=v` text, the ones every subset shares (like `app`) last. */
export function labelTexts(t: Topology): Map<string, string> {
  const pairs = (c: TopoCluster) => Object.entries(c.labels).map(([k, v]) => `${k}=${v}`);
  const shared = (pair: string) => t.clusters.length > 1 && t.clusters.every((c) => pairs(c).includes(pair));
  return new Map(t.clusters.map((c) => [c.id, [...pairs(c).filter((p) => !shared(p)), ...pairs(c).filter(shared)].join(' ')]));
}

/**
 * Position and size of a node. `measured` is set too: React Flow keeps a node's measured handles
 * only while `measured` is present, and these nodes are rebuilt on every stats tick (without it,
 * each tick would re-measure every node and remount every edge).
 */
function frame(p: Placement) {
  return {
    position: { x: p.x, y: p.y },
    width: p.width,
    height: p.height,
    measured: { width: p.width, height: p.height },
    ...(p.parentId ? { parentId: p.parentId, extent: 'parent' as const } : {}),
  };
}

/** Structure-only inputs of the edges (label places, buses, detours): once per layout, not per tick. */
const edgeGeometryCache = new WeakMap<GraphLayout, { labelT: Map<string, number>; buses: Map<string, KubeProxyBus>; detours: Map<string, Detour> }>();
function edgeGeometry(t: Topology, layout: GraphLayout) {
  let g = edgeGeometryCache.get(layout);
  if (!g) edgeGeometryCache.set(layout, (g = { labelT: placeWeightLabels(t, layout), buses: kubeProxyBuses(t, layout), detours: serviceDetours(t, layout) }));
  return g;
}

/** Requests per edge, summed over the edges a grouped edge stands for. */
function liveFor(live: LiveStats, lod: ReducedGraph | undefined): LiveStats {
  return lod && lod.edgeGroups.size > 0 ? { ...live, byEdge: groupedEdgeCounts(lod, live.byEdge) } : live;
}

/**
 * React Flow nodes and edges for a topology, decorated with live counts and the theme's subset
 * colours. Pure: same inputs, same output. Pass `layout` (from `layoutTopology(topology)`) to
 * reuse the positions between stats ticks. For a large mesh pass the reduced graph as `lod`
 * (and its `topology`): boxes then summarise their pods unless expanded, and the "more
 * Services" node stands for the Services not drawn. The work is linear in what is drawn.
 */
export function buildGraphElements(topology: Topology, rawLive: LiveStats, theme: ThemeName, layout: GraphLayout = layoutTopology(topology), lod?: ReducedGraph): GraphElements {
  const t = topology;
  const live = liveFor(rawLive, lod);
  const usage = liveUsage(t, live);
  const at = (id: string) => layout.placements.get(id) ?? { x: 0, y: 0, width: 120, height: 40 };
  const unusedIf = (count: number) => usage.active && count === 0;
  const colorOf = new Map(t.clusters.map((c, i) => {
    const index = lod?.colourIndex.get(c.id) ?? i;
    return [c.id, { color: categoricalColor(index, theme), index }];
  }));
  // Named relative to the whole mesh, as the Stats and Hash tabs name them, not to what is drawn.
  const podName = podNamer((lod?.source ?? t).pods);
  const labelText = labelTexts(t);
  const podById = new Map(t.pods.map((p) => [p.id, p]));
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const e of t.edges) {
    incoming.set(e.target, (incoming.get(e.target) ?? 0) + usage.edge(e.id));
    outgoing.set(e.source, (outgoing.get(e.source) ?? 0) + usage.edge(e.id));
  }
  const nodes: GraphNode[] = [];

  for (const client of t.clients) {
    const count = outgoing.get(client.id) ?? 0;
    nodes.push({ id: client.id, type: 'client', ...frame(at(client.id)), ariaLabel: describeClient(client), data: { client, count, unused: false } });
  }
  for (const proxy of t.proxies) {
    const count = incoming.get(proxy.id) ?? 0;
    nodes.push({ id: proxy.id, type: 'proxy', ...frame(at(proxy.id)), ariaLabel: describeProxy(proxy), data: { proxy, count, unused: false } });
  }
  for (const service of t.services) {
    const count = incoming.get(service.id) ?? 0;
    if (service.id === MORE_SERVICES_ID && lod?.more) {
      nodes.push({ id: service.id, type: 'more', ...frame(at(service.id)), ariaLabel: describeMoreServices(lod.more, count), data: { more: lod.more, count, unused: false } });
      continue;
    }
    nodes.push({ id: service.id, type: 'service', ...frame(at(service.id)), ariaLabel: describeService(service), data: { service, count, unused: false } });
  }
  for (const route of t.routes) {
    const count = usage.route(route.id);
    const position = t.routes.filter((r) => r.virtualService === route.virtualService && r.serviceId === route.serviceId).indexOf(route) + 1;
    nodes.push({
      id: route.id, type: 'route', ...frame(at(route.id)), ariaLabel: describeRoute(route, position, count, unusedIf(count)),
      data: { route, position, count, unused: unusedIf(count) },
    });
  }
  for (const cluster of t.clusters) {
    const count = usage.cluster(cluster.id);
    const unused = unusedIf(count) && !usage.expectsTrafficTo(cluster.id);
    const { color, index } = colorOf.get(cluster.id)!;
    const title = cluster.subset ?? 'all pods';
    const drawn = !lod || podsDrawn(lod, cluster.id);
    const summary = lod?.podLod && cluster.podIds.length > 0 ? podSummary(cluster, podById, usage.pod, drawn) : undefined;
    nodes.push({
      id: cluster.id, type: 'subset', ...frame(at(cluster.id)), ariaLabel: describeSubset(cluster, title, count, unused),
      data: {
        cluster, count, unused, color, colorIndex: index, title, labelText: labelText.get(cluster.id) ?? '', namespace: clusterNamespace(cluster, t),
        headerHeight: subsetHeaderHeight(t, cluster, at(cluster.id).width), ...(summary ? { summary } : {}),
      },
    });
    if (!drawn) continue;
    for (const podId of cluster.podIds) {
      const pod = podById.get(podId);
      if (!pod) continue;
      const podCount = usage.pod(pod.id);
      nodes.push({
        id: pod.id, type: 'pod', ...frame(at(pod.id)), ariaLabel: describePod(pod, podCount),
        data: { pod, count: podCount, unused: false, color, dense: layout.dense, shortName: podName(pod.name) },
      });
    }
  }

  const clusterById = new Map(t.clusters.map((c) => [c.id, c]));
  const { labelT, buses, detours } = edgeGeometry(t, layout);
  // 'kube-proxy: random' once per Service (its edges share one bus, the label sits on its run).
  const lastKubeProxyEdge = new Map<string, string>();
  for (const edge of t.edges) if (edge.kind === 'kubeProxy') lastKubeProxyEdge.set(edge.source, edge.id);
  const edgeLabel = (edge: TopoEdge) => (lastKubeProxyEdge.get(edge.source) === edge.id ? 'kube-proxy: random' : undefined);

  const edges: TrafficGraphEdge[] = t.edges.map((edge) => {
    const count = usage.edge(edge.id);
    const dimmable = edge.kind !== 'client' && edge.kind !== 'proxy';
    const target = colorOf.get(edge.target) ?? colorOf.get(podById.get(edge.target)?.clusterId ?? '');
    const weighted = edge.kind === 'weighted' && edge.weight !== undefined;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: weighted ? 'weighted' : 'traffic',
      ...(edge.kind === 'kubeProxy' ? { sourceHandle: KUBE_PROXY_HANDLE } : {}),
      selectable: false,
      ariaLabel: weighted ? `Weighted route to subset ${clusterById.get(edge.target)?.subset ?? edge.target}: weight ${edge.weight}` : undefined,
      data: {
        edge,
        kind: edge.kind,
        count,
        strokeWidth: strokeWidthFor(usage.fraction(edge)),
        unused: dimmable && unusedIf(count) && !usage.expectsTraffic(edge),
        color: edge.kind === 'kubeProxy' ? undefined : target?.color,
        observed: usage.observedShare(edge),
        label: edgeLabel(edge),
        ...(labelT.has(edge.id) ? { labelT: labelT.get(edge.id) } : {}),
        ...(edge.kind === 'kubeProxy' && buses.has(edge.source) ? { bus: buses.get(edge.source) } : {}),
        ...(detours.has(edge.id) ? { detour: detours.get(edge.id) } : {}),
        targetTitle: clusterById.get(edge.target) ? clusterById.get(edge.target)!.subset ?? 'all pods' : undefined,
      },
    };
  });

  return { nodes, edges };
}
