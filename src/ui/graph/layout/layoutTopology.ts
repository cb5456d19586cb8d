import type { Topology, TopoCluster } from '../../../engine/topology/types.ts';
import { COLUMN_NODE_HEIGHT, COLUMN_X, DENSE_POD, GAP, KUBE_PROXY_BUS, NODE_SIZE, POD_SUMMARY, SUBSET_BOX, SUBSET_WIDTH, type ColumnNodeKind } from './graphGeometry.ts';

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
  /** Pod columns per subset box (1 to 3). */
  podColumns: Map<string, number>;
  /** Pods drawn as one-line chips (a tall graph). */
  dense: boolean;
}

type Size = { width: number; height: number };

/**
 * Level of detail (see lod/graphLod.ts): every subset box gets a summary row under its header,
 * and only the boxes in `expanded` get their pods laid out.
 */
export interface LayoutOptions {
  lod?: { expanded: ReadonlySet<string> };
}

/** The pods a box draws as nodes under these options. */
const drawnPods = (c: TopoCluster, o: LayoutOptions) => (!o.lod || o.lod.expanded.has(c.id) ? c.podIds : []);

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

/**
 * Height of a subset box's header: more rows when its pods come from several Deployments
 * (a replica stepper each) that do not fit side by side in the box's width.
 */
export function subsetHeaderHeight(t: Topology, cluster: TopoCluster, boxWidth = SUBSET_WIDTH): number {
  const deployments = new Set(t.pods.filter((p) => cluster.podIds.includes(p.id)).map((p) => p.deployment ?? p.name)).size;
  const perRow = Math.max(1, Math.floor((boxWidth - SUBSET_BOX.stepperInset + SUBSET_BOX.stepperGap) / (SUBSET_BOX.stepperWidth + SUBSET_BOX.stepperGap)));
  return SUBSET_BOX.header + Math.max(0, Math.ceil(deployments / perRow) - 1) * SUBSET_BOX.stepperRow;
}

function boxSize(header: number, podCount: number, columns: number, pod: Size, summary = 0): Size {
  const { padLeft, padRight, padBottom, podGap, columnGap, emptyBody } = SUBSET_BOX;
  const rows = Math.ceil(podCount / columns);
  const body = rows === 0 ? summary || emptyBody : summary + rows * (pod.height + podGap) - podGap + padBottom;
  const podsWidth = padLeft + columns * pod.width + (columns - 1) * columnGap + padRight;
  return { width: Math.max(SUBSET_WIDTH, podsWidth), height: header + body };
}

function stackHeight(heights: number[], gap: number): number {
  return heights.length === 0 ? 0 : heights.reduce((a, b) => a + b, 0) + gap * (heights.length - 1);
}

/**
 * The canvas the layout is made for: the graph panel of the default view at 1280×720 (editor
 * 40 %, bottom panel 30 %) less the fit padding. Only used to choose between pod layouts.
 */
const REFERENCE_CANVAS = { width: 747, height: 365 } as const;
/** Full pods (with their IP) are kept as long as they fit at this zoom or more. */
const FULL_PODS_MIN_ZOOM = 0.9;

interface PodLayout {
  dense: boolean;
  columns: Map<string, number>;
  options: LayoutOptions;
}

/**
 * Full pods in one column when the graph then fits the reference canvas at a legible zoom;
 * otherwise one-line pod chips in as many columns per subset (1 to 3) as give the largest
 * zoom. Depends only on the structure (lanes, pod counts), never on weights or traffic.
 */
function choosePodLayout(t: Topology, lanes: Lane[], options: LayoutOptions): PodLayout {
  const count = (c: TopoCluster) => drawnPods(c, options).length;
  const zoomOf = (layout: PodLayout) => {
    const boxes = [...placeAll(t, lanes, layout).values()].filter((p) => !p.parentId);
    if (boxes.length === 0) return 1;
    const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
    const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
    return Math.min(REFERENCE_CANVAS.width / width, REFERENCE_CANVAS.height / height);
  };
  const full: PodLayout = { dense: false, columns: new Map(t.clusters.map((c) => [c.id, 1])), options };
  const fullZoom = zoomOf(full);
  if (fullZoom >= FULL_PODS_MIN_ZOOM || t.clusters.every((c) => count(c) <= 1)) return full;
  let best = { layout: full, zoom: fullZoom };
  for (const most of [1, 2, 3]) {
    const layout: PodLayout = { dense: true, columns: new Map(t.clusters.map((c) => [c.id, Math.max(1, Math.min(most, count(c)))])), options };
    const zoom = zoomOf(layout);
    if (zoom > best.zoom + 0.005) best = { layout, zoom };
  }
  return best.layout;
}

/**
 * A fixed column layout: x by stage (client, proxy, Service, route, subset), y by order of
 * appearance inside the Service's lane. Positions depend only on which elements exist and their
 * order, never on weights or live counts, so the graph does not move while traffic flows or a
 * weight is dragged; a new route or subset is appended below its column's last one.
 */
export function layoutTopology(t: Topology, options: LayoutOptions = {}): GraphLayout {
  const lanes = assignLanes(t);
  const podLayout = choosePodLayout(t, lanes, options);
  return { placements: placeAll(t, lanes, podLayout), podColumns: podLayout.columns, dense: podLayout.dense };
}

function placeAll(t: Topology, lanes: Lane[], { dense, columns: podColumns, options }: PodLayout): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  const podSize = dense ? DENSE_POD : NODE_SIZE.pod;
  const placeColumn = (ids: string[], kind: ColumnNodeKind, top: number): number => {
    const { width, height } = NODE_SIZE[kind];
    ids.forEach((id, i) => placements.set(id, { x: COLUMN_X[kind], y: top + i * (height + GAP.row), width, height }));
    return top + stackHeight(ids.map(() => height), GAP.row);
  };

  const kubeProxySources = new Set(t.edges.filter((e) => e.kind === 'kubeProxy').map((e) => e.source));
  let top = 0;
  for (const lane of lanes) {
    // Subset boxes first: the other columns line up with them.
    let boxTop = top;
    const handles: number[] = [];
    for (const cluster of lane.clusters) {
      const columns = podColumns.get(cluster.id) ?? 1;
      const pods = drawnPods(cluster, options);
      // A box that summarises its pods (a large mesh) has a summary row above them, if it has any.
      const summary = options.lod && cluster.podIds.length > 0 ? POD_SUMMARY.height : 0;
      const header = subsetHeaderHeight(t, cluster, boxSize(0, pods.length, columns, podSize).width);
      const size = boxSize(header, pods.length, columns, podSize, summary);
      placements.set(cluster.id, { x: COLUMN_X.subset, y: boxTop, ...size });
      handles.push(boxTop + SUBSET_BOX.handleY);
      pods.forEach((podId, i) => {
        const { width, height } = podSize;
        placements.set(podId, {
          parentId: cluster.id,
          x: SUBSET_BOX.padLeft + (i % columns) * (width + SUBSET_BOX.columnGap),
          y: header + summary + Math.floor(i / columns) * (height + SUBSET_BOX.podGap),
          width,
          height,
        });
      });
      boxTop += size.height + GAP.box;
    }
    const boxesBottom = Math.max(top, boxTop - GAP.box);
    // The first client, proxy, Service and route sit in one row, level with the middle of the
    // subset boxes' entry points (so a split fans out evenly); more of them stack below.
    const focus = handles.length > 0 ? (handles[0] + handles[handles.length - 1]) / 2 : top + COLUMN_NODE_HEIGHT / 2;
    const rowTop = Math.max(top, focus - COLUMN_NODE_HEIGHT / 2);
    const bottoms = [
      placeColumn(lane.clients, 'client', rowTop),
      placeColumn(lane.proxies, 'proxy', rowTop),
      placeColumn(lane.services, 'service', rowTop),
      placeColumn(lane.routes, 'route', rowTop),
      boxesBottom,
    ];
    // Room under the Service and its routes for a kube-proxy bus and its label.
    if (lane.services.some((id) => kubeProxySources.has(id))) bottoms.push(Math.max(bottoms[2], bottoms[3]) + KUBE_PROXY_BUS.below + 12);
    const laneHeight = lane.clients.length + lane.proxies.length + lane.services.length + lane.routes.length + lane.clusters.length > 0 ? Math.max(...bottoms) - top : 0;
    if (laneHeight > 0) top += laneHeight + GAP.lane;
  }
  return placements;
}
