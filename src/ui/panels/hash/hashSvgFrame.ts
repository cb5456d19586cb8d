/**
 * The accessible frame both hash pictures (ring, Maglev strip) draw into: an SVG group with a
 * title and a description it is labelled by, the decorative layers in order (hidden from
 * assistive technology), then the key marks' layer on top, and the shared tooltip.
 */
import { select, type Selection } from 'd3';
import { createHashTooltip } from './hashTooltip.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export function createHashSvgFrame<L extends string>(domNode: HTMLElement, kind: 'ring' | 'strip', layers: readonly L[]) {
  const svg = select(domNode).append('svg').attr('class', `hash-svg hash-${kind}`).attr('role', 'group');
  const uid = `hash-${kind}-${Math.random().toString(36).slice(2, 8)}`;
  const title = svg.append('title').attr('id', `${uid}-title`);
  const desc = svg.append('desc').attr('id', `${uid}-desc`);
  svg.attr('aria-labelledby', `${uid}-title`).attr('aria-describedby', `${uid}-desc`);
  const decor = Object.fromEntries(layers.map((name) => [name, svg.append('g').attr('class', `hash-${name}`).attr('aria-hidden', 'true')])) as Record<L, Layer>;
  const keysG = svg.append('g').attr('class', 'hash-keys');
  return { svg, title, desc, layers: decor, keysG, tooltip: createHashTooltip(domNode) };
}
