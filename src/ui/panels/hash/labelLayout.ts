/**
 * Where the key labels of the Hash view go, so they never collide: around the ring, two
 * columns (right and left of the donut) with labels pushed apart vertically and a leader line
 * back to each marker; along the Maglev strip, rows filled greedily left to right. Pure
 * geometry; a label that does not fit is marked hidden (its marker and tooltip stay).
 */

export interface RingLabelInput {
  /** Fraction of the ring, 0 at the top, clockwise. */
  position: number;
}

export interface RingLabelPlacement {
  side: 'left' | 'right';
  /** Marker on the ring, elbow just outside it, and the label's anchor point. */
  marker: [number, number];
  elbow: [number, number];
  label: [number, number];
  hidden: boolean;
}

export interface RingGeometry {
  cx: number;
  cy: number;
  /** Radius of the markers (the donut's middle). */
  r: number;
  /** Outer radius of the donut: leader lines start past it. */
  outer: number;
  /** Vertical room for labels: [top, bottom]. */
  top: number;
  bottom: number;
  /** Minimum distance between two labels' baselines. */
  lineHeight: number;
}

export function pointOnRing(cx: number, cy: number, r: number, position: number): [number, number] {
  const a = position * 2 * Math.PI;
  return [cx + r * Math.sin(a), cy - r * Math.cos(a)];
}

export function layoutRingLabels(items: readonly RingLabelInput[], g: RingGeometry): RingLabelPlacement[] {
  const out: RingLabelPlacement[] = items.map((it) => {
    const side = it.position <= 0.5 ? 'right' : 'left';
    const elbow = pointOnRing(g.cx, g.cy, g.outer + 6, it.position);
    return { side, marker: pointOnRing(g.cx, g.cy, g.r, it.position), elbow, label: [g.cx + (side === 'right' ? 1 : -1) * (g.outer + 22), elbow[1]], hidden: false };
  });
  for (const side of ['right', 'left'] as const) {
    const column = out.filter((p) => p.side === side).sort((a, b) => a.elbow[1] - b.elbow[1]);
    spread(column.map((p) => p.label), g.top, g.bottom, g.lineHeight, column);
  }
  return out;
}

/**
 * Pushes the labels' y apart by at least `gap` inside [top, bottom], keeping them near their
 * wanted y (already sorted): a downward pass, then an upward one from the bottom edge. Labels
 * beyond what the column holds are hidden, keeping an even spread of the rest.
 */
function spread(points: [number, number][], top: number, bottom: number, gap: number, owners: RingLabelPlacement[]): void {
  const room = Math.max(1, Math.floor((bottom - top) / gap) + 1);
  if (points.length > room) {
    const keep = new Set(Array.from({ length: room }, (_, i) => Math.round((i * (points.length - 1)) / Math.max(1, room - 1))));
    owners.forEach((o, i) => { if (!keep.has(i)) o.hidden = true; });
    const kept = points.filter((_, i) => keep.has(i));
    spread(kept, top, bottom, gap, owners.filter((_, i) => keep.has(i)));
    return;
  }
  let y = -Infinity;
  for (const p of points) {
    p[1] = Math.max(p[1], y + gap, top);
    y = p[1];
  }
  let limit = bottom;
  for (let i = points.length - 1; i >= 0; i--) {
    points[i][1] = Math.min(points[i][1], limit);
    limit = points[i][1] - gap;
  }
}

export interface StripLabelPlacement {
  /** Row within its column (0 nearest the strip). */
  row: number;
  /** Left edge of the label. */
  x: number;
  hidden: boolean;
}

/**
 * Labels under a horizontal strip, as a list in marker order: `rows` per column, columns side
 * by side across `width` (as many as their widest label allows), each label joined to its
 * marker by a leader line. Labels beyond the columns that fit are hidden.
 */
export function layoutStripLabels(items: readonly { x: number; width: number }[], width: number, rows: number, gap = 16): StripLabelPlacement[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x);
  const out: StripLabelPlacement[] = items.map(() => ({ row: 0, x: 0, hidden: true }));
  if (items.length === 0) return out;
  const widest = Math.max(...items.map((it) => it.width)) + gap;
  const wanted = Math.ceil(items.length / Math.max(1, rows));
  const columns = Math.max(1, Math.min(wanted, Math.floor((width + gap) / widest)));
  const perColumn = Math.ceil(items.length / columns);
  const columnWidth = width / columns;
  order.forEach((i, k) => {
    const column = Math.floor(k / perColumn);
    const row = k % perColumn;
    if (row >= rows) return;
    out[i] = { row, x: column * columnWidth, hidden: false };
  });
  return out;
}
