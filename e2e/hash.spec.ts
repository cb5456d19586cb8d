import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { TEST_IDS } from './testIds.ts';

const SCREENSHOTS = 'test-results/screenshots';

/** Boxes of the visible key labels on the chart, for the overlap check. */
async function labelBoxes(page: Page) {
  return page.locator(`[data-testid="${TEST_IDS.hashKeyMarker}"] text:not([display="none"])`).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    }));
}

function overlaps(boxes: { text: string; x: number; y: number; w: number; h: number }[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) out.push(`${a.text} / ${b.text}`);
  }));
  return out;
}

async function openHashTab(page: Page, example: string) {
  await page.goto(`./?example=${example}`);
  await page.getByTestId(TEST_IDS.tab('hash')).click();
  await expect(page.getByTestId(TEST_IDS.hashPanel)).toBeVisible();
}

test.describe('Hash tab', () => {
  test('consistent-hash: a ring of six pods, the five header values on it, and the keys that move when v2 scales 3 -> 2', async ({ page, playground }) => {
    await openHashTab(page, 'consistent-hash');
    const chart = page.getByTestId(TEST_IDS.hashChart);
    await expect(chart).toHaveAttribute('data-algorithm', 'RING_HASH');
    await expect(page.getByTestId(TEST_IDS.hashShareRow)).toHaveCount(6);
    const shares = await page.getByTestId(TEST_IDS.hashShareRow).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-share'))));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    // Six pods, six colours on the ring.
    const fills = await chart.locator('.hash-arcs path').evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute('fill'))).size);
    expect(fills).toBe(6);
    const markers = page.getByTestId(TEST_IDS.hashKeyMarker);
    await expect(markers).toHaveCount(5);
    const labels = await markers.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-label')).sort());
    expect(labels).toEqual(['foo: alice', 'foo: bar', 'foo: baz', 'foo: bob', 'foo: qux']);
    expect(overlaps(await labelBoxes(page))).toEqual([]);
    await expect(page.getByTestId(TEST_IDS.hashMoved)).toHaveCount(0);

    // Focus shows the key's hash (xxh64("bar"), DESIGN.md's vector).
    await markers.and(page.locator('[data-label="foo: bar"]')).focus();
    await expect(page.locator('.hash-tooltip')).toContainText('xxh64 = 5234164152756840025');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: `${SCREENSHOTS}/hash-ring-1280x720.png` });

    const axe = await new AxeBuilder({ page }).include(`[data-testid="${TEST_IDS.tabPanel('hash')}"]`).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Scale v2 down with the graph's stepper: five pods, and the keys that changed pods.
    await playground.waitForEditor();
    await page.getByRole('button', { name: 'Scale httpping-without-sidecar-v2 down to 2' }).click();
    await expect(page.getByTestId(TEST_IDS.hashShareRow)).toHaveCount(5, { timeout: 10_000 });
    const moved = page.getByTestId(TEST_IDS.hashMovedItem);
    await expect(moved.first()).toBeVisible();
    expect(await moved.count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId(TEST_IDS.hashMoved)).toContainText(/6 → 5 pods, v2-\w+ removed/);
    await expect(page.getByTestId(TEST_IDS.hashMoved)).toContainText('Ring hash re-deals the ring');
    expect(overlaps(await labelBoxes(page))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/hash-ring-moved-1280x720.png` });
  });

  test('sticky-header-maglev: a Maglev strip of five pods; scaling 5 -> 4 moves about 1/5 of the table', async ({ page, playground }) => {
    await openHashTab(page, 'sticky-header-maglev');
    const chart = page.getByTestId(TEST_IDS.hashChart);
    await expect(chart).toHaveAttribute('data-algorithm', 'MAGLEV');
    await expect(page.getByTestId(TEST_IDS.hashShareRow)).toHaveCount(5);
    await expect(page.getByTestId(TEST_IDS.hashKeyMarker)).toHaveCount(8);
    expect(overlaps(await labelBoxes(page))).toEqual([]);
    await playground.waitForEditor();
    await page.getByRole('button', { name: 'Scale recommendations down to 4' }).click();
    await expect(page.getByTestId(TEST_IDS.hashShareRow)).toHaveCount(4, { timeout: 10_000 });
    await expect(page.getByTestId(TEST_IDS.hashMovedItem).first()).toBeVisible();
    await expect(page.getByTestId(TEST_IDS.hashMoved)).toContainText(/Maglev refills its 65537-slot table.*20\.\d % of the slots/);
    expect(overlaps(await labelBoxes(page))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/hash-maglev-moved-1280x720.png` });
  });

  test('a scenario without consistentHash says so and points at the examples', async ({ page }) => {
    await page.goto('./?example=seed');
    await page.getByTestId(TEST_IDS.tab('hash')).click();
    await expect(page.getByTestId(TEST_IDS.hashEmpty)).toContainText('consistent-hash');
    await expect(page.getByTestId(TEST_IDS.hashEmpty)).toContainText('sticky-header-maglev');
  });
});
