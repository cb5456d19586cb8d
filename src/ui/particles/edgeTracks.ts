/**
 * Drawn edges as tracks for the dots: an edge's SVG path, its length and end points, cached
 * until the path's `d` changes (a new layout). Lengths and points are in flow coordinates.
 */
import type { Point } from './createParticleRenderer.ts';

export interface EdgeTrack {
  length: number;
  start: Point;
  end: Point;
  /** The point `distance` along the path. */
  at(distance: number): Point;
}

interface Cached {
  el: SVGPathElement;
  d: string;
  track: EdgeTrack;
}

export function createEdgeTracks() {
  const cache = new Map<string, Cached>();
  return {
    get(id: string, source: { edgePath(id: string): SVGPathElement | null }): EdgeTrack | undefined {
      let c = cache.get(id);
      if (c && !c.el.isConnected) c = undefined;
      const el = c?.el ?? source.edgePath(id);
      if (!el) {
        cache.delete(id);
        return undefined;
      }
      const d = el.getAttribute('d') ?? '';
      if (!c || c.el !== el || c.d !== d) {
        const length = d ? el.getTotalLength() : 0;
        if (!(length > 0)) return undefined;
        const p0 = el.getPointAtLength(0);
        const p1 = el.getPointAtLength(length);
        c = {
          el,
          d,
          track: {
            length,
            start: { x: p0.x, y: p0.y },
            end: { x: p1.x, y: p1.y },
            at: (distance) => {
              const p = el.getPointAtLength(distance);
              return { x: p.x, y: p.y };
            },
          },
        };
        cache.set(id, c);
      }
      return c.track;
    },
  };
}
