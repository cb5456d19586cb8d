/**
 * The key marks both hash pictures draw (ring and Maglev strip): per key a marker and a label
 * `foo: bar → ● v1-b97nq`, joined by label so a key keeps its element across updates, with the
 * test ids and accessible names. Each picture then places them its own way.
 */
import type { Selection } from 'd3';
import type { KeyPlacement } from '../../../engine/topology/describeHashSpace.ts';
import { TEST_IDS } from '../../testIds.ts';
import { podColour, type HashChartData } from './hashChartTypes.ts';
import { keyAccessibleName } from './hashTooltip.ts';

export type KeyMarks = Selection<SVGGElement, KeyPlacement, SVGGElement, unknown>;

/** Rendered width of a label (an estimate where layout is unavailable, as in tests). */
function textWidth(node: SVGTextElement): number {
  const w = typeof node.getComputedTextLength === 'function' ? node.getComputedTextLength() : 0;
  return w > 0 ? w : (node.textContent ?? '').length * 7;
}

/** Joins the marks into `keysG`; returns them with each label's width (in key order) and the pod name of a key. */
export function joinKeyMarks(
  keysG: Selection<SVGGElement, unknown, null, undefined>,
  { space, podNames }: Pick<HashChartData, 'space' | 'podNames'>,
  marker: 'circle' | 'path',
): { marks: KeyMarks; widths: number[]; nameOf: (k: KeyPlacement) => string } {
  const nameOf = (k: KeyPlacement) => podNames[k.endpoint] ?? 'no pod';
  const marks = keysG.selectAll<SVGGElement, KeyPlacement>('g.hash-key').data(space.keys, (k) => k.label)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'hash-key').attr('tabindex', 0).attr('role', 'img');
      const m = e.append(marker).attr('class', 'hash-marker');
      if (marker === 'circle') m.attr('r', 4.5);
      const t = e.append('text').attr('class', 'hash-key-label');
      t.append('tspan').attr('class', 'hash-key-name');
      t.append('tspan').attr('class', 'hash-key-swatch').text('● ');
      t.append('tspan').attr('class', 'hash-key-pod');
      return e;
    })
    .order()
    .attr('data-testid', TEST_IDS.hashKeyMarker)
    .attr('data-label', (k) => k.label)
    .attr('data-pod', (k) => k.podName)
    .attr('aria-label', (k) => keyAccessibleName(k, space, nameOf(k)));
  marks.select('text').attr('display', null);
  marks.select('.hash-key-name').text((k) => `${k.label} → `);
  marks.select('.hash-key-pod').text(nameOf);
  marks.select('.hash-key-swatch').attr('fill', (k) => podColour(k.endpoint));
  return { marks, widths: marks.nodes().map((n) => textWidth(n.querySelector('text')!)), nameOf };
}
