/**
 * The split over the last 60 simulated seconds: one line per subset (its share of that
 * second's requests) and its expected share dashed. d3, imperative; StatsPanel wraps it.
 */
import { axisBottom, axisLeft, line, scaleLinear, select } from 'd3';
import type { SeriesPoint } from './statsModel.ts';

export interface SeriesKey {
  id: string;
  label: string;
  colourIndex: number;
  /** Expected share among the plotted subsets, 0..1. */
  expected: number;
}

export interface SplitSeries {
  update(points: readonly SeriesPoint[], keys: readonly SeriesKey[]): void;
  destroy(): void;
}

const HEIGHT = 100;
const M = { top: 6, right: 14, bottom: 16, left: 34 };

export function createSplitSeries({ domNode }: { domNode: HTMLElement }): SplitSeries {
  const svg = select(domNode).append('svg').attr('class', 'split-series').attr('height', HEIGHT).attr('role', 'img');
  const gx = svg.append('g').attr('class', 'axis axis-x');
  const gy = svg.append('g').attr('class', 'axis axis-y');
  const expectedLayer = svg.append('g');
  const lineLayer = svg.append('g');
  let last: { points: readonly SeriesPoint[]; keys: readonly SeriesKey[] } = { points: [], keys: [] };

  function render() {
    const { points, keys } = last;
    const width = Math.max(120, domNode.clientWidth);
    svg.attr('width', width).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    const t1 = points.length ? points[points.length - 1].t : 60;
    const x = scaleLinear().domain([t1 - 60, t1]).range([M.left, width - M.right]);
    const y = scaleLinear().domain([0, 1]).range([HEIGHT - M.bottom, M.top]);
    gx.attr('transform', `translate(0,${HEIGHT - M.bottom})`)
      .call(axisBottom(x).tickValues([t1 - 60, t1 - 40, t1 - 20, t1]).tickSize(3).tickFormat((d) => (Number(d) === t1 ? 'now' : `−${Math.round(t1 - Number(d))} s`)));
    gy.attr('transform', `translate(${M.left},0)`)
      .call(axisLeft(y).tickValues([0, 0.5, 1]).tickSize(3).tickFormat((d) => `${Math.round(Number(d) * 100)}%`));
    const colour = (k: SeriesKey) => `var(--cat-${k.colourIndex % 8})`;
    expectedLayer
      .selectAll('line')
      .data(keys, (k) => (k as SeriesKey).id)
      .join('line')
      .attr('class', 'series-expected')
      .attr('x1', M.left)
      .attr('x2', width - M.right)
      .attr('y1', (k) => y(k.expected))
      .attr('y2', (k) => y(k.expected))
      .style('stroke', colour);
    const withData = points.filter((p) => p.total > 0);
    lineLayer
      .selectAll('path')
      .data(keys, (k) => (k as SeriesKey).id)
      .join('path')
      .attr('class', 'series-line')
      .style('stroke', colour)
      .attr('d', (k) => line<SeriesPoint>().x((p) => x(p.t)).y((p) => y(p.shares[k.id] ?? 0))(withData) ?? '');
    svg.attr('aria-label', `Share of each subset per second, last 60 seconds: ${keys.map((k) => k.label).join(', ')}`);
  }

  const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => render()) : null;
  observer?.observe(domNode);

  return {
    update(points, keys) {
      last = { points, keys };
      render();
    },
    destroy() {
      observer?.disconnect();
      svg.remove();
    },
  };
}
