import { describe, expect, it } from 'vitest';
import { layoutRingLabels, layoutStripLabels } from './labelLayout.ts';

const geometry = { cx: 200, cy: 80, r: 60, outer: 68, top: 10, bottom: 150, lineHeight: 14 };

describe('layoutRingLabels', () => {
  it('keeps labels of a side at least a line apart, inside the box, in the order of their markers', () => {
    // Eight keys bunched near the top right, two on the left.
    const items = [0.01, 0.02, 0.03, 0.05, 0.06, 0.3, 0.31, 0.45, 0.7, 0.72].map((position) => ({ position }));
    const placed = layoutRingLabels(items, geometry);
    for (const side of ['left', 'right'] as const) {
      const ys = placed.filter((p) => p.side === side && !p.hidden).sort((a, b) => a.elbow[1] - b.elbow[1]).map((p) => p.label[1]);
      for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14 - 1e-9);
      for (const y of ys) {
        expect(y).toBeGreaterThanOrEqual(10);
        expect(y).toBeLessThanOrEqual(150);
      }
    }
    expect(placed.filter((p) => p.side === 'right')).toHaveLength(8);
    expect(placed.every((p) => !p.hidden)).toBe(true);
  });

  it('hides what a column cannot hold, keeping an even spread', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ position: i / 60 }));
    const placed = layoutRingLabels(items, geometry);
    const shown = placed.filter((p) => !p.hidden);
    expect(shown).toHaveLength(Math.floor(140 / 14) + 1);
    expect(placed[0].hidden).toBe(false);
    expect(placed[29].hidden).toBe(false);
  });
});

describe('layoutStripLabels', () => {
  it('lists labels in marker order, column by column, without overlaps', () => {
    const items = [300, 10, 200, 150, 20, 400, 60, 90].map((x) => ({ x, width: 120 }));
    const placed = layoutStripLabels(items, 500, 4);
    expect(placed.every((p) => !p.hidden)).toBe(true);
    const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x);
    expect(order.map((i) => [placed[i].x, placed[i].row])).toEqual([[0, 0], [0, 1], [0, 2], [0, 3], [250, 0], [250, 1], [250, 2], [250, 3]]);
  });

  it('hides labels when the columns are full', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ x: i * 10, width: 200 }));
    const placed = layoutStripLabels(items, 420, 3);
    expect(placed.filter((p) => !p.hidden)).toHaveLength(6);
  });
});
