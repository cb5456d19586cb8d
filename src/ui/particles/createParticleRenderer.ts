/**
 * The traffic dots: one <canvas> over the graph, drawn with requestAnimationFrame, no React.
 * Batches from the worker (paths and colour keys once, then compact per-particle records) are
 * turned into dots that travel their request's path: along the drawn edges where there is one
 * (through each node from where its edge comes in to where the next leaves), and inside a
 * subset box down its left gutter to the pod. Dots are seen on edges only: every frame, the
 * nodes and edge labels (`geometry.occluders()`) are erased from the canvas, so a dot goes
 * into a node and comes out of it, and never covers its text. A failed request's ✕ and code
 * are drawn after that, on top. Positions and the viewport are read from `geometry` on every
 * frame, so layout changes, panning and zooming need nothing.
 */
import type { ColourKey, ParticlePath, ParticlesMessage } from '../../worker/protocol.ts';
import { PARTICLE_STRIDE, P_COLOUR, P_DELAY, P_OFFSET, P_PATH } from '../../worker/protocol.ts';
import { motionAt, planMotion, type Motion } from './particleMotion.ts';
import { createEdgeTracks, type EdgeTrack } from './edgeTracks.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ParticleGeometry {
  /** Centre of a graph node in flow coordinates (undefined: not drawn). */
  centre(id: string): Point | undefined;
  /** A graph node's rectangle in flow coordinates (for the failure badge on its corner). */
  bounds?(id: string): Rect | undefined;
  /**
   * The route a dot takes inside a node from `from` (where it came in) to its child `childId`
   * (a subset box to one of its pods), in flow coordinates; undefined: straight to the centre.
   */
  inner?(id: string, childId: string, from: Point): Point[] | undefined;
  /** What hides the dots, in canvas pixels: nodes (a subset box's header only) and edge labels. */
  occluders?(): (Rect & { radius: number | number[] })[];
  /** The SVG path drawn for a graph edge, in flow coordinates (null: not drawn). */
  edgePath(id: string): SVGPathElement | null;
  /** Viewport: screen = flow * zoom + [x, y]. */
  transform(): [number, number, number];
  colour(key: ColourKey): string;
  /** Colour of the ✕ and failure codes. */
  errorColour: string;
  /** Text halo behind failure codes (the graph background). */
  haloColour: string;
}

export interface ParticleRenderer {
  push(batch: ParticlesMessage): void;
  setGeometry(geometry: ParticleGeometry): void;
  /** False: freeze the dots (paused, hidden tab); true: carry on where they stopped. */
  setActive(active: boolean): void;
  /** Removes every dot (e.g. reduced motion switched on). */
  clear(): void;
  destroy(): void;
}

interface Dot {
  path: ParticlePath;
  colour: ColourKey;
  start: number;
  motion: Motion;
}

/** Dots alive at once are capped; beyond, new ones are dropped (the worker already samples). */
const MAX_DOTS = 600;

export function createParticleRenderer({ canvas, now = () => performance.now() }: { canvas: HTMLCanvasElement; now?: () => number }): ParticleRenderer {
  const ctx = canvas.getContext('2d');
  let geometry: ParticleGeometry | null = null;
  let revision = -1;
  let paths: ParticlePath[] = [];
  let colours: ColourKey[] = [];
  let dots: Dot[] = [];
  let active = true;
  let pausedAt = 0;
  let frame = 0;
  let width = 0;
  let height = 0;
  let dpr = 1;
  const tracks = createEdgeTracks();

  const resize = () => {
    const rect = canvas.getBoundingClientRect();
    dpr = window.devicePixelRatio || 1;
    width = rect.width;
    height = rect.height;
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
  };
  const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(resize) : null;
  observer?.observe(canvas);
  resize();

  function schedule() {
    if (!frame && active && dots.length > 0) frame = requestAnimationFrame(draw);
  }

  function draw() {
    frame = 0;
    if (!ctx || !geometry) return;
    const t = now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const [tx, ty, zoom] = geometry.transform();
    const radius = 3.5 * Math.min(1.4, Math.max(0.7, zoom));
    const g = geometry;
    const track = (dot: Dot, i: number): EdgeTrack | undefined => {
      const id = dot.path.edges?.[i];
      return id ? tracks.get(id, g) : undefined;
    };
    /** Where segment i ends: its edge's end, else the next node's centre. */
    const segmentEnd = (dot: Dot, i: number): Point | undefined =>
      i < 0 ? g.centre(dot.path.ids[0]) : (track(dot, i)?.end ?? g.centre(dot.path.ids[i + 1]));
    const pointOn = (dot: Dot, i: number, t: number): Point | undefined => {
      const from = segmentEnd(dot, i - 1);
      if (!from) return undefined;
      const e = track(dot, i);
      if (!e) {
        const inner = g.inner?.(dot.path.ids[i], dot.path.ids[i + 1], from);
        if (inner) return alongPolyline(inner, t);
        const to = g.centre(dot.path.ids[i + 1]);
        return to && lerp(from, to, t);
      }
      // Cross the node from where the request came in to where this edge leaves, then follow it.
      const cross = Math.hypot(e.start.x - from.x, e.start.y - from.y);
      const d = t * (cross + e.length);
      return d < cross ? lerp(from, e.start, d / cross) : e.at(d - cross);
    };
    const toScreen = (p: Point): Point => ({ x: p.x * zoom + tx, y: p.y * zoom + ty });
    const alive: Dot[] = [];
    const failures: { p: Point; corner?: Point; label: string; alpha: number }[] = [];
    for (const dot of dots) {
      const elapsed = t - dot.start;
      if (elapsed > dot.motion.lifetime) continue;
      alive.push(dot);
      if (elapsed < 0) continue;
      const m = motionAt(dot.motion, elapsed);
      const at = m.arrived ? segmentEnd(dot, m.segment - 1) : pointOn(dot, m.segment, m.t);
      if (!at) continue;
      const p = toScreen(at);
      if (m.arrived && dot.path.failed) {
        const node = g.bounds?.(dot.path.ids[dot.path.ids.length - 1]);
        failures.push({ p, corner: node && toScreen(node), label: dot.path.label ?? 'failed', alpha: 1 - Math.max(0, m.hold - 0.7) / 0.3 });
        continue;
      }
      ctx.globalAlpha = m.arrived ? 1 - m.hold : 0.95;
      ctx.fillStyle = geometry.colour(dot.colour);
      ctx.beginPath();
      ctx.arc(p.x, p.y, radius, 0, Math.PI * 2);
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    // Nodes and labels cover the dots: erase what is under them.
    const occluders = geometry.occluders?.() ?? [];
    if (occluders.length > 0) {
      ctx.globalCompositeOperation = 'destination-out';
      ctx.fillStyle = '#000';
      ctx.beginPath();
      for (const r of occluders) ctx.roundRect(r.x, r.y, r.width, r.height, r.radius);
      ctx.fill();
      ctx.globalCompositeOperation = 'source-over';
    }
    for (const f of failures) drawFailure(ctx, f, radius, geometry);
    dots = alive;
    schedule();
    if (dots.length === 0) ctx.clearRect(0, 0, width, height);
  }

  return {
    push(batch) {
      if (batch.revision !== revision) {
        revision = batch.revision;
        paths = [];
        colours = [];
        dots = [];
      }
      batch.paths.forEach((p, i) => (paths[batch.pathBase + i] = p));
      batch.colours.forEach((c, i) => (colours[batch.colourBase + i] = c));
      if (!active) return;
      const t = now();
      const d = batch.data;
      for (let i = 0; i < batch.count && dots.length < MAX_DOTS; i++) {
        const o = i * PARTICLE_STRIDE;
        const path = paths[d[o + P_PATH]];
        if (!path || path.ids.length === 0) continue;
        const routeAt = path.ids.findIndex((id) => id.startsWith('route:'));
        dots.push({
          path,
          colour: colours[d[o + P_COLOUR]] ?? { kind: 'none' },
          start: t + d[o + P_OFFSET],
          motion: planMotion(path.ids.length, batch.speed, d[o + P_DELAY], path.failed, routeAt),
        });
      }
      schedule();
    },
    setGeometry(g) {
      geometry = g;
      schedule();
    },
    setActive(next) {
      if (next === active) return;
      active = next;
      const t = now();
      if (!next) {
        pausedAt = t;
        if (frame) cancelAnimationFrame(frame);
        frame = 0;
        return;
      }
      for (const dot of dots) dot.start += t - pausedAt;
      schedule();
    },
    clear() {
      dots = [];
      ctx?.clearRect(0, 0, canvas.width, canvas.height);
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      observer?.disconnect();
      dots = [];
    },
  };
}

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** The point a fraction `t` of the way along a polyline. */
export function alongPolyline(points: Point[], t: number): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let rest = Math.max(0, Math.min(1, t)) * lengths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i] && lengths[i] > 0) return lerp(points[i], points[i + 1], rest / lengths[i]);
    rest -= lengths[i];
  }
  return points[points.length - 1];
}

/**
 * A failed request: a ✕ where it stopped (on the border of the node that failed it) and its
 * code ('404 NR') on a pill astride that node's top-left corner, clear of the node's title.
 */
function drawFailure(ctx: CanvasRenderingContext2D, f: { p: Point; corner?: Point; label: string; alpha: number }, r: number, g: ParticleGeometry) {
  const { p, corner, label } = f;
  ctx.globalAlpha = Math.max(0, f.alpha);
  const s = r + 0.5;
  ctx.lineCap = 'round';
  ctx.strokeStyle = g.haloColour;
  ctx.lineWidth = 4.5;
  cross(ctx, p, s);
  ctx.strokeStyle = g.errorColour;
  ctx.lineWidth = 2;
  cross(ctx, p, s);

  ctx.font = '600 11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  const width = ctx.measureText(label).width + 12;
  const at = corner ? { x: corner.x + 2, y: corner.y - 4 } : { x: p.x + s + 4, y: p.y };
  ctx.fillStyle = g.haloColour;
  ctx.strokeStyle = g.errorColour;
  ctx.lineWidth = 1.25;
  ctx.beginPath();
  ctx.roundRect(at.x, at.y - 8, width, 16, 8);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = g.errorColour;
  ctx.fillText(label, at.x + 6, at.y + 0.5);
  ctx.globalAlpha = 1;
}

function cross(ctx: CanvasRenderingContext2D, p: Point, s: number) {
  ctx.beginPath();
  ctx.moveTo(p.x - s, p.y - s);
  ctx.lineTo(p.x + s, p.y + s);
  ctx.moveTo(p.x + s, p.y - s);
  ctx.lineTo(p.x - s, p.y + s);
  ctx.stroke();
}
