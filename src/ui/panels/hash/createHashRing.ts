/**
 * The ring-hash picture (d3): a donut of the hash space, 0 at the top and clockwise, each arc
 * coloured by the pod that owns it; a marker per key at its hash, with a label column on each
 * side (`foo: bar → v1-b97nq`) and leader lines back to the markers. Imperative factory;
 * HashChart wraps it.
 */
import { arc as d3arc, select } from 'd3';
import type { HashArc } from '../../../engine/topology/hashLayout.ts';
import type { KeyPlacement } from '../../../engine/topology/describeHashSpace.ts';
import { createHashSvgFrame } from './hashSvgFrame.ts';
import { layoutRingLabels } from './labelLayout.ts';
import { podColour, type HashChartData, type HashChart } from './hashChartTypes.ts';
import { joinKeyMarks } from './joinKeyMarks.ts';

const LINE = 14;

export function createHashRing({ domNode }: { domNode: HTMLElement }): HashChart {
  const { svg, title, desc, layers, keysG, tooltip } = createHashSvgFrame(domNode, 'ring', ['arcs', 'centre', 'leaders']);
  const { arcs: arcsG, centre, leaders } = layers;

  return {
    update({ space, podNames, height }: HashChartData) {
      title.text(`Hash ring of ${space.clusterName}`);
      desc.text(`${space.policyLabel}: ${space.size} points shared by ${space.endpoints.length} pods. ` +
        space.endpoints.map((e, i) => `${podNames[i]} owns ${(e.share * 100).toFixed(1)} %`).join(', ') + '. ' +
        space.keys.map((k) => `${k.label} lands on ${podNames[k.endpoint] ?? 'no pod'}`).join(', ') + '.');

      // Labels first: their widths decide where the ring goes.
      const { marks: g, widths, nameOf } = joinKeyMarks(keysG, { space, podNames }, 'circle');
      const side = (k: KeyPlacement) => (k.position <= 0.5 ? 'right' : 'left');
      const maxOf = (s: string) => Math.max(0, ...space.keys.map((k, i) => (side(k) === s ? widths[i] : 0)));

      const outer = Math.max(40, Math.min(140, (height - 12) / 2));
      const inner = outer - Math.max(12, outer * 0.22);
      const mid = (outer + inner) / 2;
      const gutter = 26;
      const cx = 6 + (maxOf('left') ? maxOf('left') + gutter : 0) + outer;
      const width = cx + outer + (maxOf('right') ? gutter + maxOf('right') : 0) + 6;
      const cy = height / 2;
      svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);

      const path = d3arc<HashArc>().innerRadius(inner).outerRadius(outer)
        .startAngle((a) => a.start * 2 * Math.PI).endAngle((a) => a.end * 2 * Math.PI);
      arcsG.attr('transform', `translate(${cx},${cy})`).selectAll('path').data(space.arcs).join('path')
        .attr('d', path).attr('fill', (a) => podColour(a.owner));
      const lines = [`${space.size.toLocaleString('en-US')} points`, `${space.endpoints.length} pod${space.endpoints.length === 1 ? '' : 's'}`];
      centre.attr('transform', `translate(${cx},${cy})`).selectAll('text').data(lines).join('text')
        .attr('text-anchor', 'middle').attr('y', (_, i) => (i - (lines.length - 1) / 2) * LINE + 4).text((t) => t);

      const placed = layoutRingLabels(space.keys, { cx, cy, r: mid, outer, top: 12, bottom: height - 5, lineHeight: LINE });
      leaders.selectAll('polyline').data(placed).join('polyline')
        .attr('display', (p) => (p.hidden ? 'none' : null))
        .attr('points', (p) => [p.marker, p.elbow, [p.label[0] + (p.side === 'right' ? -3 : 3), p.label[1] - 4]].map((q) => q.join(',')).join(' '));
      g.each(function (_, i) {
        const p = placed[i];
        const sel = select(this);
        sel.select('circle').attr('cx', p.marker[0]).attr('cy', p.marker[1]);
        sel.select('text').attr('x', p.label[0]).attr('y', p.label[1])
          .attr('text-anchor', p.side === 'right' ? 'start' : 'end').attr('display', p.hidden ? 'none' : null);
      });
      g.on('mouseenter focus', (event: Event, k) => {
        const p = placed[space.keys.indexOf(k)];
        tooltip.show(k, space, nameOf(k), p?.marker[0] ?? 0, p?.marker[1] ?? 0);
        select(event.currentTarget as SVGGElement).classed('is-active', true);
      }).on('mouseleave blur', (event: Event) => {
        tooltip.hide();
        select(event.currentTarget as SVGGElement).classed('is-active', false);
      });
    },
    destroy() {
      tooltip.destroy();
      svg.remove();
    },
  };
}
