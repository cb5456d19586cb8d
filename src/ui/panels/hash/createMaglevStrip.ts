/**
 * The Maglev picture (d3): the lookup table's M slots as one bar, downsampled (each drawn
 * stretch is coloured by the pod owning most of its slots), a marker per key at its slot
 * (hash % M) and labels in rows under the bar, each with a leader line to its marker.
 * Imperative factory; HashChart wraps it.
 */
import { select } from 'd3';
import type { HashArc } from '../../../engine/topology/hashLayout.ts';
import { createHashSvgFrame } from './hashSvgFrame.ts';
import { layoutStripLabels } from './labelLayout.ts';
import { podColour, type HashChart, type HashChartData } from './hashChartTypes.ts';
import { joinKeyMarks } from './joinKeyMarks.ts';

const PAD = 8;
const BAR_Y = 18;
const BAR_H = 22;
const ROW = 15;
/** Room between the strip and the first label row (leader lines fan out here). */
const FAN = 22;

export function createMaglevStrip({ domNode }: { domNode: HTMLElement }): HashChart {
  const { svg, title, desc, layers, keysG, tooltip } = createHashSvgFrame(domNode, 'strip', ['axis', 'arcs', 'leaders']);
  const { axis, arcs: bar, leaders } = layers;

  return {
    update({ space, podNames, width, height }: HashChartData) {
      const W = Math.max(320, width) - 2 * PAD;
      const rows = Math.max(1, Math.floor((height - 4 - (BAR_Y + BAR_H + FAN)) / ROW) + 1);
      const x = (f: number) => PAD + f * W;
      title.text(`Maglev table of ${space.clusterName}`);
      desc.text(`${space.policyLabel}: ${space.size} slots shared by ${space.endpoints.length} pods. ` +
        space.endpoints.map((e, i) => `${podNames[i]} owns ${e.count} slots`).join(', ') + '. ' +
        space.keys.map((k) => `${k.label} lands in slot ${k.index}, ${podNames[k.endpoint] ?? 'no pod'}`).join(', ') + '.');

      axis.selectAll('text').data([
        { x: x(0), anchor: 'start', text: 'slot 0' },
        { x: x(0.5), anchor: 'middle', text: `${space.size.toLocaleString('en-US')} slots · each pixel ≈ ${Math.max(1, Math.round(space.size / W))} slots, coloured by their main pod` },
        { x: x(1), anchor: 'end', text: `${(space.size - 1).toLocaleString('en-US')}` },
      ]).join('text').attr('x', (d) => d.x).attr('y', BAR_Y - 6).attr('text-anchor', (d) => d.anchor).text((d) => d.text);
      bar.selectAll('rect').data(space.arcs).join('rect')
        .attr('x', (a: HashArc) => x(a.start)).attr('width', (a: HashArc) => Math.max(0.5, (a.end - a.start) * W))
        .attr('y', BAR_Y).attr('height', BAR_H).attr('fill', (a: HashArc) => podColour(a.owner));

      const { marks: g, widths, nameOf } = joinKeyMarks(keysG, { space, podNames }, 'path');
      const placed = layoutStripLabels(space.keys.map((k, i) => ({ x: x(k.position) - PAD, width: widths[i] + 8 })), W - 8, rows)
        .map((p) => ({ ...p, x: p.x + PAD + 8, y: BAR_Y + BAR_H + FAN + p.row * ROW }));
      svg.attr('width', W + 2 * PAD).attr('height', height).attr('viewBox', `0 0 ${W + 2 * PAD} ${height}`);

      leaders.selectAll('polyline').data(space.keys).join('polyline')
        .attr('display', (_, i) => (placed[i].hidden ? 'none' : null))
        .attr('points', (k, i) => {
          const mx = x(k.position);
          const p = placed[i];
          return [[mx, BAR_Y + BAR_H], [mx, BAR_Y + BAR_H + 4], [p.x - 3, p.y - 4], [p.x, p.y - 4]].map((q) => q.join(',')).join(' ');
        });
      g.each(function (k, i) {
        const p = placed[i];
        const sel = select(this);
        const mx = x(k.position);
        sel.select('path').attr('d', `M${mx - 5},${BAR_Y - 1} L${mx + 5},${BAR_Y - 1} L${mx},${BAR_Y + 6} Z M${mx - 1},${BAR_Y} h2 v${BAR_H} h-2 Z`);
        sel.select('text').attr('x', p.x).attr('y', p.y).attr('display', p.hidden ? 'none' : null);
      });
      g.on('mouseenter focus', (event: Event, k) => {
        tooltip.show(k, space, nameOf(k), x(k.position), BAR_Y + BAR_H);
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
