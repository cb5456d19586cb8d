/**
 * Level of detail for large meshes. Beyond `POD_LOD_THRESHOLD` pods, each subset box shows a
 * summary of its pods (count, ready, a distribution bar) instead of one node per pod, and the
 * user expands the boxes they want to see; beyond `SERVICE_LOD_THRESHOLD` Services, only the
 * busiest ones are drawn and one "+K more Services" node stands for the rest. Both are view
 * state (never YAML) and depend only on the structure and the configured Traffic, never on
 * live counts, so the layout holds still while traffic flows.
 *
 * `reduceTopology` returns the part of the topology that is drawn (the layout and the element
 * builder work on it unchanged) and where the hidden elements went (for particles and counts).
 */
import { captionServiceIds } from '../../../engine/topology/describeCaption.ts';
import type { Topology, TopoEdge, TopoService } from '../../../engine/topology/types.ts';

/** More pods than this in the mesh: subset boxes show a summary until expanded. */
export const POD_LOD_THRESHOLD = 150;
/** More Services than this: only the busiest are drawn, the rest behind a "+K more" node. */
export const SERVICE_LOD_THRESHOLD = 12;
/** Services drawn at first when the rest are grouped, and how many more each "Show more" adds. */
export const SERVICES_SHOWN = 5;

/** Id of the node standing for the Services that are not drawn. */
export const MORE_SERVICES_ID = 'more:services';

/** What the user expanded (view state, see `ViewSlice.graphLod`). */
export interface LodView {
  /** Subset box (cluster) ids whose pods are drawn. */
  expandedBoxes: readonly string[];
  /** Services drawn beyond `SERVICES_SHOWN`. */
  extraServices: number;
}

/** The Services the graph does not draw, as one node. */
export interface MoreServices {
  /** Services not drawn, and their subset boxes and pods. */
  services: number;
  subsets: number;
  pods: number;
  /** Services drawn (so "Show fewer" can tell whether there is anything to hide again). */
  shown: number;
  total: number;
}

export interface ReducedGraph {
  /** What is drawn: the shown Services (plus the "more" node as a Service), theirs routes, boxes, pods. */
  topology: Topology;
  /** The whole topology it was reduced from (pods are named relative to all of it). */
  source: Topology;
  /** Boxes summarise their pods (the pod level of detail is on). */
  podLod: boolean;
  /** Boxes whose pods are drawn as nodes (with `podLod` on; without it, every box's). */
  expanded: ReadonlySet<string>;
  more?: MoreServices;
  /** A cluster's colour index in the full topology (particles and the Stats tab use the same). */
  colourIndex: ReadonlyMap<string, number>;
  /** Element id not drawn → the node that stands for it (a box for its pods, the "more" node). */
  nodeAlias: ReadonlyMap<string, string>;
  /** Edge id not drawn → the drawn edge that carries its requests. */
  edgeAlias: ReadonlyMap<string, string>;
  /** Drawn edge that stands for several → the edges whose counts it adds up. */
  edgeGroups: ReadonlyMap<string, readonly string[]>;
}

/** Whether a box's pods are drawn as nodes. */
export const podsDrawn = (g: ReducedGraph, clusterId: string) => !g.podLod || g.expanded.has(clusterId);

/**
 * The Services drawn: the busiest `count` (drawn in topology order). Those the caption over the
 * graph names come first, so the sentence never describes a Service hidden behind "+K more";
 * the caption names the busiest Service its client calls, so this changes the set only in rare
 * cases (a second client calling only quiet Services), and the count stays `count`.
 */
function shownServices(t: Topology, count: number): Set<string> {
  const pinned = new Set(captionServiceIds(t));
  const ranked = t.services.map((s, i) => ({ s, i })).sort((a, b) => Number(pinned.has(b.s.id)) - Number(pinned.has(a.s.id)) || b.s.rate - a.s.rate || a.i - b.i);
  return new Set(ranked.slice(0, count).map((r) => r.s.id));
}

export function reduceTopology(t: Topology, view: LodView): ReducedGraph {
  const colourIndex = new Map(t.clusters.map((c, i) => [c.id, i]));
  const podLod = t.pods.length > POD_LOD_THRESHOLD;
  const expanded = new Set(podLod ? view.expandedBoxes : t.clusters.map((c) => c.id));
  const serviceLod = t.services.length > SERVICE_LOD_THRESHOLD;
  const base = { source: t, podLod, expanded, colourIndex };
  if (!podLod && !serviceLod) return { ...base, topology: t, nodeAlias: new Map(), edgeAlias: new Map(), edgeGroups: new Map() };

  const nodeAlias = new Map<string, string>();
  const edgeAlias = new Map<string, string>();
  const edgeGroups = new Map<string, string[]>();
  const shown = serviceLod ? shownServices(t, Math.max(1, SERVICES_SHOWN + Math.max(0, view.extraServices))) : new Set(t.services.map((s) => s.id));
  const routes = t.routes.filter((r) => shown.has(r.serviceId));
  const clusters = t.clusters.filter((c) => shown.has(c.serviceId));
  const clusterIds = new Set(clusters.map((c) => c.id));
  const pods = t.pods.filter((p) => clusterIds.has(p.clusterId));
  const drawn = new Set<string>([...t.clients.map((c) => c.id), ...t.proxies.map((p) => p.id), ...shown, ...routes.map((r) => r.id), ...clusterIds]);
  for (const p of pods) if (expanded.has(p.clusterId)) drawn.add(p.id);
  else nodeAlias.set(p.id, p.clusterId);

  let more: MoreServices | undefined;
  const services: TopoService[] = t.services.filter((s) => shown.has(s.id));
  if (serviceLod) {
    const hiddenClusters = t.clusters.filter((c) => !clusterIds.has(c.id));
    more = { services: t.services.length - shown.size, subsets: hiddenClusters.length, pods: t.pods.length - pods.length, shown: shown.size, total: t.services.length };
    services.push({ id: MORE_SERVICES_ID, namespace: '', name: `${more.services} more Services`, host: '', ports: '', rate: 0 });
    for (const s of t.services) if (!shown.has(s.id)) nodeAlias.set(s.id, MORE_SERVICES_ID);
    for (const r of t.routes) if (!shown.has(r.serviceId)) nodeAlias.set(r.id, MORE_SERVICES_ID);
    for (const c of hiddenClusters) nodeAlias.set(c.id, MORE_SERVICES_ID);
    for (const p of t.pods) if (!clusterIds.has(p.clusterId)) nodeAlias.set(p.id, MORE_SERVICES_ID);
  }

  const edges: TopoEdge[] = [];
  const grouped: TopoEdge[] = [];
  const group = (edge: TopoEdge, target: string) => {
    const id = `${edge.source}->${target}`;
    edgeAlias.set(edge.id, id);
    const members = edgeGroups.get(id);
    if (members) return void members.push(edge.id);
    edgeGroups.set(id, [edge.id]);
    grouped.push({ id, source: edge.source, target, kind: edge.kind });
  };
  for (const edge of t.edges) {
    if (drawn.has(edge.source) && drawn.has(edge.target)) edges.push(edge);
    else if (drawn.has(edge.source) && nodeAlias.has(edge.target)) group(edge, nodeAlias.get(edge.target)!);
  }
  // Grouped edges last: a proxy is laid out in the lane of its first drawn Service.
  const topology: Topology = { clients: t.clients, proxies: t.proxies, services, routes, clusters, pods, edges: [...edges, ...grouped] };
  return { ...base, topology, more, nodeAlias, edgeAlias, edgeGroups };
}

/** Requests on a drawn edge: its own count, or the sum of the edges it stands for. */
export function groupedEdgeCounts(g: ReducedGraph, byEdge: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const edge of g.topology.edges) {
    const members = g.edgeGroups.get(edge.id);
    const n = members ? members.reduce((sum, id) => sum + (byEdge[id] ?? 0), 0) : byEdge[edge.id];
    if (n) out[edge.id] = n;
  }
  return out;
}
