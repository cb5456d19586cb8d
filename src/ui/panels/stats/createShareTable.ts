/**
 * A table of share rows drawn with d3 (HTML rows, an SVG bar each): observed share as a bar,
 * expected share as a tick, and the band of normal random variation behind them. Numbers stay
 * text so they are readable and selectable. Imperative factory; StatsPanel wraps it.
 */
import { select, type EnterElement, type Selection } from 'd3';
import { formatCount, formatShare, splitForEllipsis, type MoreRows, type ShareRowView } from './statsModel.ts';
import { TEST_IDS } from '../../testIds.ts';

export interface ShareTableOptions {
  domNode: HTMLElement;
  /** Title of the table, shown as the name column's header ('Subsets', 'Pods'). */
  title: string;
  /** data-testid of each row. */
  rowTestId: string;
}

export interface ShareTable {
  /** `more`: rows left out (a large mesh), shown as one '+N more' line under the table. */
  update(rows: readonly ShareRowView[], more?: MoreRows | null): void;
  destroy(): void;
}

const pct = (x: number) => `${(Math.max(0, Math.min(1, x)) * 100).toFixed(2)}%`;

export function createShareTable({ domNode, title, rowTestId }: ShareTableOptions): ShareTable {
  const root = select(domNode).append('div').attr('class', 'share-table').attr('role', 'table').attr('aria-label', `${title} shares`);
  const head = root.append('div').attr('class', 'share-row share-head').attr('role', 'row');
  for (const [cls, text] of [['share-name share-title', title], ['share-count', 'Requests'], ['share-observed', 'Observed'], ['share-bar-head', ''], ['share-expected', 'Expected']]) {
    const cell = head.append('span').attr('class', cls).attr('role', 'columnheader').text(text);
    if (!text) cell.append('span').attr('class', 'visually-hidden').text('Observed, expected and chance range');
  }
  const body = root.append('div').attr('class', 'share-body');
  const moreLine = root.append('div').attr('class', 'share-more').attr('role', 'note').attr('data-testid', TEST_IDS.statsMore).property('hidden', true);

  function enter(sel: Selection<EnterElement, ShareRowView, HTMLDivElement, unknown>) {
    const row = sel.append('div').attr('class', 'share-row').attr('role', 'row').attr('data-testid', rowTestId);
    const name = row.append('span').attr('class', 'share-name').attr('role', 'cell');
    name.append('i').attr('class', 'swatch');
    const label = name.append('span').attr('class', 'share-name-label');
    // A mesh of several Services: the Service, whose head gives way to an ellipsis in a narrow
    // row while its tail stays (`recommen…-008`), then the subset, never cut.
    label.append('span').attr('class', 'share-label-head');
    label.append('span').attr('class', 'share-label-tail');
    label.append('span').attr('class', 'share-label-subset');
    const detail = name.append('span').attr('class', 'share-detail');
    detail.append('span').attr('class', 'share-label-head');
    detail.append('span').attr('class', 'share-label-tail');
    row.append('span').attr('class', 'share-count').attr('role', 'cell');
    row.append('span').attr('class', 'share-observed').attr('role', 'cell');
    const svg = row.append('span').attr('class', 'share-bar-cell').attr('role', 'cell')
      .append('svg').attr('class', 'share-bar').attr('aria-hidden', 'true');
    svg.append('rect').attr('class', 'bar-track').attr('x', 0).attr('width', '100%').attr('y', 8).attr('height', 2);
    svg.append('rect').attr('class', 'bar-band').attr('y', 2).attr('height', 14).attr('rx', 2);
    svg.append('rect').attr('class', 'bar-observed').attr('x', 0).attr('y', 5).attr('height', 8).attr('rx', 1.5);
    svg.append('line').attr('class', 'bar-expected').attr('y1', 0).attr('y2', 18);
    row.append('span').attr('class', 'share-expected').attr('role', 'cell');
    return row;
  }

  return {
    update(rows, more = null) {
      moreLine.property('hidden', !more).attr('data-rows', more?.rows ?? 0);
      if (more) moreLine.text(`+${formatCount(more.rows)} more ${title.toLowerCase()} · ${formatCount(more.count)} requests (the busiest are listed)`);
      const max = Math.max(0.05, ...rows.map((r) => Math.max(r.share, r.band[1], r.expected))) * 1.08;
      const scale = (x: number) => pct(x / max);
      const sel = body
        .selectAll<HTMLDivElement, ShareRowView>('div.share-row')
        .data(rows, (r) => r.id)
        .join(enter)
        .attr('data-name', (r) => r.name)
        .attr('data-count', (r) => r.count)
        .attr('data-share', (r) => r.share.toFixed(4))
        .attr('data-expected', (r) => r.expected.toFixed(4))
        .classed('is-outside', (r) => r.outside)
        .attr('title', (r) => `${r.title ?? r.name}: ${formatCount(r.count)} requests, ${formatShare(r.share)} observed, ${formatShare(r.expected)} expected (chance alone: ${formatShare(r.band[0])} – ${formatShare(r.band[1])})`)
        .style('--row-colour', (r) => `var(--cat-${r.colourIndex % 8})`)
        .order();
      // Rows naming Services (a mesh of several) get a wider name column.
      root.classed('has-services', rows.some((r) => r.service !== undefined));
      sel.select('.share-name').classed('has-service', (r) => !!r.labelParts);
      const parts = (r: ShareRowView) => (r.labelParts ? splitForEllipsis(r.labelParts.service) : [r.label, '']);
      sel.select('.share-name-label .share-label-head').text((r) => parts(r)[0]);
      sel.select('.share-name-label .share-label-tail').text((r) => parts(r)[1]);
      sel.select('.share-label-subset').text((r) => r.labelParts?.subset ?? '');
      // A subset row has its Service in the label already: no detail beside it. A pod row shows
      // its Service (the subset is mostly in the pod's name, and in the tooltip), cut like a label.
      const detailParts = (r: ShareRowView) => (r.labelParts ? ['', ''] : r.service !== undefined ? splitForEllipsis(r.service) : [r.detail, '']);
      sel.select('.share-detail .share-label-head').text((r) => detailParts(r)[0]);
      sel.select('.share-detail .share-label-tail').text((r) => detailParts(r)[1]);
      sel.select('.share-count').text((r) => formatCount(r.count));
      sel.select('.share-observed').text((r) => formatShare(r.share));
      sel.select('.share-expected').text((r) => formatShare(r.expected));
      sel.select('.bar-band').attr('x', (r) => scale(r.band[0])).attr('width', (r) => scale(r.band[1] - r.band[0]));
      sel.select('.bar-observed').attr('width', (r) => scale(r.share));
      sel.select('.bar-expected').attr('x1', (r) => scale(r.expected)).attr('x2', (r) => scale(r.expected));
    },
    destroy() {
      root.remove();
    },
  };
}
