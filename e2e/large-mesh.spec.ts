import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { generateLargeMesh } from '../src/scenarios/generateLargeMesh.ts';
import { encodePermalink } from '../src/share/permalink.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * The graph's level of detail on the generated large mesh (1,000 pods, 100 Services): subset
 * boxes sum up their pods, only the busiest Services are drawn, a box expands to its pods.
 */
const SCREENSHOTS = 'test-results/screenshots';

interface Box { id: string; x: number; y: number; width: number; height: number }

/** Screen rectangles of every graph node and edge label. */
async function graphBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const rect = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((el) => rect(el, el.getAttribute('data-id') ?? '?'));
    const labels = [...document.querySelectorAll('.tg-weight-label, .tg-edge-label')].map((el, i) => rect(el, `label:${i}`));
    return [...nodes, ...labels];
  });
}

/** Overlapping pairs, except a pod and the subset box that contains it. */
function overlaps(boxes: Box[]): string[] {
  const contains = (outer: Box, inner: Box) => outer.id.startsWith('cluster:') && inner.id.startsWith(`pod:${outer.id.slice('cluster:'.length)}:`);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (contains(a, b) || contains(b, a)) continue;
      if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

test('large mesh: boxes sum up their pods, the busiest Services are drawn, a box expands to its pods', async ({ page, playground }) => {
  test.setTimeout(120_000);
  const yaml = generateLargeMesh();
  await playground.goto(`#${encodePermalink({ yaml, view: { playing: true } })}`);
  const subsets = page.getByTestId(TEST_IDS.graphNode('subset'));
  const pods = page.getByTestId(TEST_IDS.graphNode('pod'));
  const summaries = page.getByTestId(TEST_IDS.podSummary);

  // 5 of 100 Services, two boxes each, every box summarised (a subset: 5 pods; a whole Service: 10), no pod node.
  await expect(subsets).toHaveCount(10, { timeout: 60_000 });
  await expect(page.getByTestId(TEST_IDS.graphNode('service'))).toHaveCount(5);
  await expect(pods).toHaveCount(0);
  await expect(summaries).toHaveCount(10);
  for (const summary of await summaries.all()) {
    const n = await summary.getAttribute('data-pods');
    expect(['5', '10']).toContain(n);
    await expect(summary).toContainText(`${n} pods · ${n} ready`);
  }
  const more = page.getByTestId(TEST_IDS.graphNode('more'));
  await expect(more).toHaveAttribute('data-hidden', '95');
  await expect(more).toContainText('+95 more');
  await expect(page.getByTestId(TEST_IDS.lodStatus)).toHaveText('5 of 100 Services · pods grouped');
  expect(await page.locator('.react-flow__node').count()).toBeLessThan(60);

  // Traffic flows: the boxes' pods serve requests, the counters climb.
  await expect.poll(async () => Math.max(...(await summaries.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-served')))))), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(overlaps(await graphBoxes(page))).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/large-mesh-collapsed-1280x720.png` });

  // Expand the first box: its five pods are drawn inside it; the rest stay summarised.
  const first = subsets.first();
  const firstId = await first.evaluate((el) => el.closest('.react-flow__node')!.getAttribute('data-id')!);
  const toggle = first.getByTestId(TEST_IDS.podSummaryToggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(pods).toHaveCount(5);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const podIds = await page.locator('.react-flow__node-pod').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
  expect(podIds.every((id) => id.startsWith(`pod:${firstId.slice('cluster:'.length)}:`))).toBe(true);
  expect(overlaps(await graphBoxes(page))).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/large-mesh-expanded-1280x720.png` });

  // From the keyboard: the second box's button, Enter.
  const second = subsets.nth(1).getByTestId(TEST_IDS.podSummaryToggle);
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(pods).toHaveCount(10);
  await expect(second).toHaveAttribute('aria-expanded', 'true');

  // Expanded boxes are view state: they survive stats ticks and an edit that keeps them (scale up v-whatever by one).
  await page.waitForTimeout(1_500);
  await expect(pods).toHaveCount(10);
  await first.getByRole('button', { name: /^Scale .* up to 6$/ }).click();
  await expect(pods).toHaveCount(11, { timeout: 30_000 });
  await expect(first.getByTestId(TEST_IDS.podSummary)).toHaveAttribute('data-pods', '6');
  expect(overlaps(await graphBoxes(page))).toEqual([]);

  // Hide again; show five more Services.
  await toggle.click();
  await expect(pods).toHaveCount(5);
  await page.getByTestId(TEST_IDS.moreServices).click();
  await expect(page.getByTestId(TEST_IDS.graphNode('service'))).toHaveCount(10);
  await expect(more).toHaveAttribute('data-hidden', '90');

  // The Stats tab lists the 20 busiest pods and one line for the rest.
  await expect(page.getByTestId(TEST_IDS.statsPodRow)).toHaveCount(20);
  await expect(page.getByTestId(TEST_IDS.statsSubsetRow)).toHaveCount(20);
  await expect(page.getByTestId(TEST_IDS.statsMore).first()).toContainText(/^\+\d+ more subsets/);
  await expect(page.getByTestId(TEST_IDS.statsMore).last()).toContainText(/^\+\d+ more pods/);
});
