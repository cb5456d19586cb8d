/**
 * Where edge paths and their labels go, in flow coordinates, from the layout alone: the weight
 * labels' place on their curve (chosen so they do not sit on each other or on other edges) and
 * the kube-proxy bus. Pure functions of the structure: a weight or counter change never moves
 * a label.
 */
import type { Topology } from '../../../engine/topology/types.ts';
import { COLUMN_X, KUBE_PROXY_BUS, NODE_SIZE, SUBSET_BOX, WEIGHT_LABEL } from './graphGeometry.ts';
import type { GraphLayout, Placement } from './layoutTopology.ts';

export interface Point {
  x: number;
  y: number;
}

/** React Flow's default bezier between a right-hand source and a left-hand target (curvature 0.25). */
export function bezierPoint(sx: number, sy: number, tx: number, ty: number, t: number): Point {
  const d = tx - sx;
  const offset = d >= 0 ? 0.5 * d : 0.25 * 25 * Math.sqrt(-d);
  const [c1x, c1y, c2x, c2y] = [sx + offset, sy, tx - offset, ty];
  const u = 1 - t;
  return {
    x: u * u * u * sx + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * tx,
    y: u * u * u * sy + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ty,
  };
}

/**
 * Centre of a weight label on its edge at parameter `t`, kept clear of both end nodes: the
 * label is wide, so its centre may slide sideways off the curve while still covering it.
 */
export function weightLabelCentre(sx: number, sy: number, tx: number, ty: number, t: number): Point {
  const p = bezierPoint(sx, sy, tx, ty, t);
  // A little more room on the right: a kube-proxy bus may run down just before the subsets.
  const lo = sx + WEIGHT_LABEL.width / 2 + 3;
  const hi = tx - WEIGHT_LABEL.width / 2 - 8;
  return { x: lo <= hi ? Math.min(hi, Math.max(lo, p.x)) : (sx + tx) / 2, y: p.y };
}

/** Places tried for a label along its edge, best first. */
const LABEL_TS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73];
/** When every place above covers another label (a crowded lane of a large mesh): every 2 % of the curve. */
const FINE_TS = Array.from({ length: 43 }, (_, i) => 0.08 + i * 0.02);

interface Curve {
  edgeId: string;
  points: Point[];
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const inside = (p: Point, r: Rect, pad = 0) =>
  p.x > r.x - pad && p.x < r.x + r.width + pad && p.y > r.y - pad && p.y < r.y + r.height + pad;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Right-middle of a column node / left handle of a subset box: where a route → subset edge runs. */
function endsOf(source: Placement, target: Placement) {
  return { sx: source.x + source.width, sy: source.y + source.height / 2, tx: target.x, ty: target.y + SUBSET_BOX.handleY };
}

/**
 * The parameter along its curve where each weight label goes (edge id → t): the first place,
 * from the middle outwards, that covers no other label and the fewest other edges.
 */
export function placeWeightLabels(t: Topology, layout: GraphLayout): Map<string, number> {
  const at = (id: string) => layout.placements.get(id);
  const clusterIds = new Set(t.clusters.map((c) => c.id));
  const detours = serviceDetours(t, layout);
  const curves: Curve[] = [];
  for (const edge of t.edges) {
    if (!clusterIds.has(edge.target) || edge.kind === 'kubeProxy') continue;
    const source = at(edge.source);
    const target = at(edge.target);
    if (!source || !target) continue;
    const { sx, sy, tx, ty } = endsOf(source, target);
    const detour = detours.get(edge.id);
    curves.push({ edgeId: edge.id, points: detour ? detourPoints(sx, sy, tx, ty, detour) : Array.from({ length: 41 }, (_, i) => bezierPoint(sx, sy, tx, ty, i / 40)) });
  }
  // The kube-proxy buses' vertical runs, just before the subset column.
  const busX = COLUMN_X.subset - KUBE_PROXY_BUS.beforeSubsets;
  const hasBus = t.edges.some((e) => e.kind === 'kubeProxy');

  const placed: Rect[] = [];
  const out = new Map<string, number>();
  for (const edge of t.edges) {
    if (edge.kind !== 'weighted' || edge.weight === undefined) continue;
    const source = at(edge.source);
    const target = at(edge.target);
    if (!source || !target) continue;
    const { sx, sy, tx, ty } = endsOf(source, target);
    let best = { t: 0.5, score: Infinity };
    for (const candidates of [LABEL_TS, FINE_TS]) {
      for (const candidate of candidates) {
        const c = weightLabelCentre(sx, sy, tx, ty, candidate);
        const rect = { x: c.x - WEIGHT_LABEL.width / 2, y: c.y - WEIGHT_LABEL.height / 2, width: WEIGHT_LABEL.width, height: WEIGHT_LABEL.height };
        let score = placed.filter((r) => overlap(r, { x: rect.x - 3, y: rect.y - 3, width: rect.width + 6, height: rect.height + 6 })).length * 100;
        for (const curve of curves) if (curve.edgeId !== edge.id && curve.points.some((p) => inside(p, rect, 2))) score += 10;
        if (hasBus && rect.x + rect.width > busX - 2) score += 5;
        if (score < best.score) best = { t: candidate, score };
        if (score === 0) break;
      }
      if (best.score < 100) break;
    }
    out.set(edge.id, best.t);
    const c = weightLabelCentre(sx, sy, tx, ty, best.t);
    placed.push({ x: c.x - WEIGHT_LABEL.width / 2, y: c.y - WEIGHT_LABEL.height / 2, width: WEIGHT_LABEL.width, height: WEIGHT_LABEL.height });
  }
  return out;
}

/** The kube-proxy bus of one Service: how low it runs, where it turns, where its label sits. */
export interface KubeProxyBus {
  /** Height of the horizontal run (flow y). */
  y: number;
  /** Where it turns towards the pods (flow x), just before the subset column. */
  x: number;
  /** Centre of the 'kube-proxy: random' label, on the horizontal run under the route column. */
  label: Point;
}

export function kubeProxyBuses(t: Topology, layout: GraphLayout): Map<string, KubeProxyBus> {
  const out = new Map<string, KubeProxyBus>();
  const bottom = (p: Placement | undefined) => (p ? p.y + p.height : -Infinity);
  for (const service of t.services) {
    if (!t.edges.some((e) => e.kind === 'kubeProxy' && e.source === service.id)) continue;
    const own = layout.placements.get(service.id);
    if (!own) continue;
    const routesBottom = Math.max(...t.routes.filter((r) => r.serviceId === service.id).map((r) => bottom(layout.placements.get(r.id))));
    const y = Math.max(bottom(own), routesBottom) + KUBE_PROXY_BUS.below;
    const x = COLUMN_X.subset - KUBE_PROXY_BUS.beforeSubsets;
    out.set(service.id, { y, x, label: { x: COLUMN_X.route + NODE_SIZE.route.width / 2, y } });
  }
  return out;
}

/**
 * A Service → subset edge that bypasses the Service's routes (a client no VirtualService
 * applies to) would run behind the route nodes, as if it came out of one. It detours instead:
 * right a little, down (or up) to run under (over) the route column, then into the subset.
 */
export interface Detour {
  /** Where it turns down or up, just after the Service (flow x). */
  turnX: number;
  /** Height of the run past the route column (flow y). */
  y: number;
  /** Where the run ends and the final curve into the subset starts (flow x). */
  endX: number;
}

export const DETOUR = { clearance: 14, turn: 10, after: 8 } as const;

export function serviceDetours(t: Topology, layout: GraphLayout): Map<string, Detour> {
  const out = new Map<string, Detour>();
  const serviceIds = new Set(t.services.map((s) => s.id));
  for (const edge of t.edges) {
    if (edge.kind !== 'default' || !serviceIds.has(edge.source)) continue;
    const routes = t.routes.filter((r) => r.serviceId === edge.source).map((r) => layout.placements.get(r.id)).filter((p): p is Placement => !!p);
    const service = layout.placements.get(edge.source);
    const target = layout.placements.get(edge.target);
    if (routes.length === 0 || !service || !target) continue;
    const sy = service.y + service.height / 2;
    const ty = target.y + SUBSET_BOX.handleY;
    const below = ty >= sy;
    const y = below
      ? Math.max(...routes.map((r) => r.y + r.height)) + DETOUR.clearance
      : Math.min(...routes.map((r) => r.y)) - DETOUR.clearance;
    out.set(edge.id, { turnX: service.x + service.width + DETOUR.turn, y, endX: COLUMN_X.route + NODE_SIZE.route.width + DETOUR.after });
  }
  return out;
}

/** Points along a detoured edge (for placing labels clear of it). */
export function detourPoints(sx: number, sy: number, tx: number, ty: number, d: Detour): Point[] {
  const run = [{ x: sx, y: sy }, { x: d.turnX, y: sy }, { x: d.turnX, y: d.y }];
  const steps = 12;
  for (let i = 0; i <= steps; i++) run.push({ x: d.turnX + ((d.endX - d.turnX) * i) / steps, y: d.y });
  for (let i = 1; i <= 40; i++) run.push(bezierPoint(d.endX, d.y, tx, ty, i / 40));
  return run;
}
