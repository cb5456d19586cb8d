import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { TEST_IDS } from './testIds.ts';

const SCREENSHOTS = 'test-results/screenshots';

async function shareOf(rows: Locator, name: string): Promise<number> {
  return Number(await rows.and(rows.page().locator(`[data-name="${name}"]`)).getAttribute('data-share'));
}

test.describe('live traffic', () => {
  test('the seed scenario splits about 10/90 in the Stats tab', async ({ page, playground }) => {
    await playground.goto();
    const panel = page.getByTestId(TEST_IDS.statsPanel);
    await expect(panel).toBeVisible();
    const subsets = page.getByTestId(TEST_IDS.statsSubsetRow);
    await expect(subsets).toHaveCount(2);

    // Traffic runs at 20 req/s: after a few seconds there are enough requests to judge the split.
    await expect(async () => {
      const total = Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count'));
      expect(total).toBeGreaterThanOrEqual(80);
      const v1 = await shareOf(subsets, 'v1');
      const v2 = await shareOf(subsets, 'v2');
      expect(v1 + v2).toBeCloseTo(1, 5);
      expect(v1).toBeGreaterThan(0.04);
      expect(v1).toBeLessThan(0.18);
      expect(v2 / v1).toBeGreaterThan(4);
    }).toPass({ timeout: 20_000, intervals: [500] });

    // Expected shares come from the weights; every request is counted on a pod.
    await expect(subsets.and(page.locator('[data-name="v1"]'))).toHaveAttribute('data-expected', '0.1000');
    await expect(subsets.and(page.locator('[data-name="v2"]'))).toHaveAttribute('data-expected', '0.9000');
    const pods = page.getByTestId(TEST_IDS.statsPodRow);
    await expect(pods).toHaveCount(6);
    const snapshot = await page.evaluate(({ podRow, total }) => {
      const counts = [...document.querySelectorAll(`[data-testid="${podRow}"]`)].map((r) => Number(r.getAttribute('data-count')));
      return { counts, total: Number(document.querySelector(`[data-testid="${total}"]`)?.getAttribute('data-count')) };
    }, { podRow: TEST_IDS.statsPodRow, total: TEST_IDS.statsTotal });
    expect(snapshot.counts.every((n) => n >= 0)).toBe(true);
    expect(snapshot.counts.reduce((a, b) => a + b, 0)).toBe(snapshot.total);
    await expect(page.getByTestId(TEST_IDS.statsStatusItem).and(page.locator('[data-code="200"]'))).toBeVisible();

    await page.setViewportSize({ width: 1280, height: 720 });
    await panel.screenshot({ path: `${SCREENSHOTS}/stats-panel.png` });
    await page.screenshot({ path: `${SCREENSHOTS}/live-1280x720.png` });

    // Reset zeroes the counters, then they climb again.
    await page.getByTestId(TEST_IDS.statsReset).click();
    await expect(async () => {
      const total = Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count'));
      expect(total).toBeLessThan(40);
    }).toPass({ timeout: 5_000, intervals: [100] });
  });

  test('Trace tab: the default curl shows the route step, whose link highlights the YAML', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await playground.tab('trace').click();
    const curl = page.getByTestId(TEST_IDS.traceCurl);
    await expect(curl).toHaveValue(/curl -H 'foo: bar' http:\/\/httpping-without-sidecar\.infra-jinsu-lab:8080\/ping/);
    await expect(page.getByTestId(TEST_IDS.traceClient)).toContainText('sleep');
    await page.getByTestId(TEST_IDS.traceSend).click();

    await expect(page.getByTestId(TEST_IDS.traceSummary)).toHaveAttribute('data-status', '200');
    const steps = page.getByTestId(TEST_IDS.traceStep);
    expect(await steps.count()).toBeGreaterThanOrEqual(8);
    const routeStep = steps.and(page.locator('[data-stage="route"]')).first();
    await expect(routeStep).toContainText('matched: uri prefix /');
    const link = routeStep.getByTestId(TEST_IDS.traceStepRef);
    await expect(link).toContainText('VirtualService');
    const line = Number(await link.getAttribute('data-line'));
    expect(line).toBeGreaterThan(1);

    await link.click();
    // The editor highlights that line (a whole-line decoration) and scrolls it into view.
    const editor = playground.editor;
    await expect(editor.locator('.itp-line-highlight')).toHaveCount(1);
    const highlightTop = await editor.locator('.itp-line-highlight').evaluate((el) => (el.parentElement as HTMLElement).style.top || getComputedStyle(el).top);
    const lineNumbers = editor.locator('.line-numbers');
    await expect(lineNumbers.filter({ hasText: new RegExp(`^${line}$`) })).toBeVisible();
    const numberTop = await lineNumbers.filter({ hasText: new RegExp(`^${line}$`) }).evaluate((el) => (el.parentElement as HTMLElement).style.top);
    expect(highlightTop).toBe(numberTop);
    await expect(editor.locator('.view-lines')).toContainText('prefix: /');

    await page.getByTestId(TEST_IDS.tabPanel('trace')).screenshot({ path: `${SCREENSHOTS}/trace-panel.png` });
  });

  test('dots move over the graph, and none with reduced motion', async ({ page, playground }) => {
    const painted = () => page.getByTestId(TEST_IDS.particleLayer).evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    await playground.goto();
    await expect(async () => expect(await painted()).toBeGreaterThan(20)).toPass({ timeout: 10_000, intervals: [100] });
    // Dots travel on the edges and go under the nodes: none is drawn over a node (or a subset
    // box's header), where it would cover text.
    const paintedOverNodes = () => page.getByTestId(TEST_IDS.particleLayer).evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!;
      const origin = canvas.getBoundingClientRect();
      const scale = canvas.width / origin.width;
      let n = 0;
      for (const el of document.querySelectorAll('.react-flow__node:not(.react-flow__node-subset), .tg-subset-header')) {
        const r = el.getBoundingClientRect();
        const [x, y] = [Math.ceil((r.x - origin.x + 2) * scale), Math.ceil((r.y - origin.y + 2) * scale)];
        const [w, h] = [Math.floor((r.width - 4) * scale), Math.floor((r.height - 4) * scale)];
        if (w <= 0 || h <= 0) continue;
        const { data } = ctx.getImageData(x, y, w, h);
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      }
      return n;
    });
    for (let i = 0; i < 5; i++) {
      expect(await paintedOverNodes()).toBe(0);
      await page.waitForTimeout(97);
    }

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForTimeout(400);
    expect(await painted()).toBe(0);
    // Counters keep climbing without the dots.
    const before = Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count'));
    await expect(async () => {
      expect(Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count'))).toBeGreaterThan(before);
    }).toPass({ timeout: 5_000 });
    expect(await painted()).toBe(0);
  });

  test('clicking a pod shows the trace of the last live request it served', async ({ page, playground }) => {
    await playground.goto();
    await expect(async () => {
      expect(Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count'))).toBeGreaterThan(40);
    }).toPass({ timeout: 10_000 });
    // The graph's pod nodes (test id 'graph-node-pod'); the last one is a v2 pod.
    const pod = page.getByTestId('graph-node-pod').last();
    const podSuffix = (await pod.innerText()).match(/v2-([a-z0-9]+)/)![1];
    await pod.click();
    await playground.tab('trace').click();
    await expect(page.getByTestId(TEST_IDS.traceSummary)).toContainText(/live request #\d+/);
    const outcome = page.getByTestId(TEST_IDS.traceStep).and(page.locator('[data-stage="outcome"]'));
    await expect(outcome).toContainText(new RegExp(`200 from httpping-without-sidecar-v2-[a-z0-9]+-${podSuffix} `));
  });
});
