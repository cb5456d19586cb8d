import type { Topology, TopoCluster } from '../../../engine/topology/types.ts';
import { COLUMN_X, DENSE_POD, GAP, NODE_SIZE, ONE_COLUMN_MAX_PODS, SUBSET_BOX, TALL_GRAPH, type ColumnNodeKind } from './graphGeometry.ts';

/** Where one node goes. Pods are placed relative to their subset box (`parentId`). */
export interface Placement {
  x: number;
  y: number;
  width: number;
  height: number;
  parentId?: string;
}

export interface GraphLayout {
  placements: Map<string, Placement>;
  /** Pod columns per subset box (1 or 2). */
  podColumns: Map<string, number>;
  /** Pods drawn as one-line chips (a tall graph). */
  dense: boolean;
}

type Size = { width: number; height: number };

/** One horizontal band per Service: the clients that call it, its proxy, itself, its routes and subsets. */
interface Lane {
  clients: string[];
  proxies: string[];
  services: string[];
  routes: string[];
  clusters: TopoCluster[];
}

function emptyLane(): Lane {
  return { clients: [], proxies: [], services: [], routes: [], clusters: [] };
}

/** Lanes in `topology.services` order, plus one trailing lane for anything that reaches no Service. */
function assignLanes(t: Topology): Lane[] {
  const laneIndex = new Map(t.services.map((s, i) => [s.id, i]));
  const lanes = [...t.services.map(emptyLane), emptyLane()];
  const orphan = t.services.length;
  const firstServiceOf = (nodeId: string) => {
    const edge = t.edges.find((e) => e.source === nodeId && laneIndex.has(e.target));
    return edge ? laneIndex.get(edge.target)! : undefined;
  };
  const proxyLane = new Map<string, number>();
  for (const p of t.proxies) proxyLane.set(p.id, firstServiceOf(p.id) ?? orphan);
  for (const c of t.clients) {
    const own = t.proxies.filter((p) => p.clientId === c.id).map((p) => proxyLane.get(p.id)!);
    lanes[own.length ? Math.min(...own) : orphan].clients.push(c.id);
  }
  for (const p of t.proxies) lanes[proxyLane.get(p.id)!].proxies.push(p.id);
  t.services.forEach((s, i) => lanes[i].services.push(s.id));
  for (const r of t.routes) lanes[laneIndex.get(r.serviceId) ?? orphan].routes.push(r.id);
  for (const c of t.clusters) lanes[laneIndex.get(c.serviceId) ?? orphan].clusters.push(c);
  return lanes;
}

function boxSize(podCount: number, columns: number, pod: Size): Size {
  const { header, padX, padBottom, podGap, columnGap, emptyBody } = SUBSET_BOX;
  const rows = Math.ceil(podCount / columns);
  const body = rows === 0 ? emptyBody : rows * (pod.height + podGap) - podGap + padBottom;
  return { width: 2 * padX + columns * pod.width + (columns - 1) * columnGap, height: header + body };
}

function stackHeight(heights: number[], gap: number): number {
  return heights.length === 0 ? 0 : heights.reduce((a, b) => a + b, 0) + gap * (heights.length - 1);
}

/** Full pods in one column; or, when that graph would be too tall, dense pods and two columns for big subsets. */
function choosePodLayout(t: Topology, lanes: Lane[]): { dense: boolean; columns: Map<string, number> } {
  const oneColumnHeight = lanes
    .map((lane) => stackHeight(lane.clusters.map((c) => boxSize(c.podIds.length, 1, NODE_SIZE.pod).height), GAP.box))
    .filter((h) => h > 0)
    .reduce((sum, h, i) => sum + h + (i > 0 ? GAP.lane : 0), 0);
  const dense = oneColumnHeight > TALL_GRAPH;
  return { dense, columns: new Map(t.clusters.map((c) => [c.id, dense && c.podIds.length > ONE_COLUMN_MAX_PODS ? 2 : 1])) };
}

/**
 * A fixed column layout: x by stage (client, proxy, Service, route, subset), y by order of
 * appearance inside the Service's lane. Positions depend only on which elements exist and their
 * order, never on weights or live counts, so the graph does not move while traffic flows or a
 * weight is dragged; a new route or subset is appended below its column's last one.
 */
export function layoutTopology(t: Topology): GraphLayout {
  const placements = new Map<string, Placement>();
  const lanes = assignLanes(t);
  const { dense, columns: podColumns } = choosePodLayout(t, lanes);
  const podSize = dense ? DENSE_POD : NODE_SIZE.pod;

  const placeColumn = (ids: string[], kind: ColumnNodeKind, top: number): number => {
    const { width, height } = NODE_SIZE[kind];
    ids.forEach((id, i) => placements.set(id, { x: COLUMN_X[kind], y: top + i * (height + GAP.row), width, height }));
    return stackHeight(ids.map(() => height), GAP.row);
  };

  let top = 0;
  for (const lane of lanes) {
    const heights = [
      placeColumn(lane.clients, 'client', top),
      placeColumn(lane.proxies, 'proxy', top),
      placeColumn(lane.services, 'service', top),
      placeColumn(lane.routes, 'route', top),
    ];
    let boxTop = top;
    for (const cluster of lane.clusters) {
      const columns = podColumns.get(cluster.id) ?? 1;
      const size = boxSize(cluster.podIds.length, columns, podSize);
      placements.set(cluster.id, { x: COLUMN_X.subset, y: boxTop, ...size });
      cluster.podIds.forEach((podId, i) => {
        const { width, height } = podSize;
        placements.set(podId, {
          parentId: cluster.id,
          x: SUBSET_BOX.padX + (i % columns) * (width + SUBSET_BOX.columnGap),
          y: SUBSET_BOX.header + Math.floor(i / columns) * (height + SUBSET_BOX.podGap),
          width,
          height,
        });
      });
      boxTop += size.height + GAP.box;
    }
    heights.push(Math.max(0, boxTop - GAP.box - top));
    const laneHeight = Math.max(...heights);
    if (laneHeight > 0) top += laneHeight + GAP.lane;
  }
  return { placements, podColumns, dense };
}
