import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { generateLargeMesh } from '../src/scenarios/generateLargeMesh.ts';
import { encodePermalink } from '../src/share/permalink.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * What a user reads on the large mesh (100 Services, 5 drawn): the Stats rows say which Service
 * (and subset) each is, no two alike; the caption over the graph talks about a Service the graph
 * draws; a pod has one name in the graph and the Stats tab. The seed reads as before.
 */
const SCREENSHOTS = 'test-results/screenshots';

interface RowText { service: string; subset: string; detail: string; title: string; clipped: boolean }

/** What each Stats row shows: the label's Service and subset parts, the detail, the tooltip, and whether the label is cut. */
async function rowTexts(page: Page, testId: string): Promise<RowText[]> {
  return page.getByTestId(testId).evaluateAll((rows) => rows.map((row) => {
    const text = (sel: string) => row.querySelector(sel)?.textContent ?? '';
    const head = row.querySelector('.share-name-label .share-label-head') as HTMLElement;
    return {
      service: text('.share-name-label .share-label-head') + text('.share-name-label .share-label-tail'),
      subset: text('.share-label-subset'),
      detail: text('.share-detail'),
      title: row.getAttribute('title') ?? '',
      clipped: head.scrollWidth > head.clientWidth + 1,
    };
  }));
}

/** Names of the Service nodes the graph draws. */
async function drawnServices(page: Page): Promise<string[]> {
  return page.getByTestId(TEST_IDS.graphNode('service')).evaluateAll((els) => els.map((el) => (el.querySelector('.tg-title') as HTMLElement).innerText.replace(/\s+/g, '').trim()));
}

test('large mesh: Stats rows name their Service, the caption names a Service that is drawn', async ({ page, playground }) => {
  test.setTimeout(120_000);
  await playground.goto(`#${encodePermalink({ yaml: generateLargeMesh(), view: { playing: true } })}`);
  await expect(page.getByTestId(TEST_IDS.graphNode('service'))).toHaveCount(5, { timeout: 60_000 });

  // The caption: every Service (and its VirtualService / DestinationRule, named alike) it names is drawn.
  const caption = page.getByTestId(TEST_IDS.graphCaption);
  await expect(caption).toContainText('Client client-0 has a sidecar');
  const drawn = await drawnServices(page);
  expect(drawn).toHaveLength(5);
  const named = (await caption.locator('code').allInnerTexts()).filter((t) => /^svc-\d{3}$/.test(t));
  expect(named.length).toBeGreaterThan(0);
  for (const name of named) expect(drawn, `caption names ${name}`).toContain(name);
  // …and it is the lane the view opens on: the first Service drawn.
  expect(named[0]).toBe(drawn[0]);

  // Stats: 20 subset rows, each naming its Service (and subset), no two alike, none cut.
  await page.getByTestId(TEST_IDS.tab('stats')).click();
  const subsetRows = page.getByTestId(TEST_IDS.statsSubsetRow);
  await expect(subsetRows).toHaveCount(20, { timeout: 30_000 });
  await expect.poll(async () => (await rowTexts(page, TEST_IDS.statsSubsetRow)).filter((r) => r.subset).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const rows = await rowTexts(page, TEST_IDS.statsSubsetRow);
  const labels = rows.map((r) => `${r.service} ${r.subset}`.trim());
  expect(new Set(labels).size).toBe(labels.length);
  for (const r of rows) {
    expect(r.service).toMatch(/^svc-\d{3}$/);
    expect(['', 'v1', 'v2']).toContain(r.subset);
    expect(r.clipped, `${r.service} is cut`).toBe(false);
    // The tooltip holds the full name: Service · subset, or Service · all pods.
    expect(r.title.startsWith(`${r.service} · ${r.subset || 'all pods'}:`)).toBe(true);
  }
  // Pod rows say which Service their pod belongs to.
  const pods = await rowTexts(page, TEST_IDS.statsPodRow);
  expect(pods).toHaveLength(20);
  for (const p of pods) expect(p.detail).toMatch(/^svc-\d{3}$/);
  await page.screenshot({ path: `${SCREENSHOTS}/large-mesh-stats-labels-1280x720.png` });
});

test('seed: Stats subset rows read v1 and v2; pods are named as in the graph', async ({ page, playground }) => {
  await playground.goto();
  await page.getByTestId(TEST_IDS.tab('stats')).click();
  const subsetRows = page.getByTestId(TEST_IDS.statsSubsetRow);
  await expect(subsetRows).toHaveCount(2, { timeout: 30_000 });
  const rows = await rowTexts(page, TEST_IDS.statsSubsetRow);
  expect(rows.map((r) => [r.service, r.subset])).toEqual([['v1', ''], ['v2', '']]);
  await expect(page.getByTestId(TEST_IDS.graphCaption)).toHaveText(
    'Client sleep has a sidecar, so VirtualService httpping-without-sidecar (line 97) splits 10/90 between subsets v1 and v2 of DestinationRule httpping-without-sidecar-destination (line 77).',
  );

  // A pod reads the same in its graph node and its Stats row (v1-b97nq, not …b97nq).
  const podRows = page.getByTestId(TEST_IDS.statsPodRow);
  await expect(podRows).toHaveCount(6);
  const inStats = (await rowTexts(page, TEST_IDS.statsPodRow)).map((r) => r.service).sort();
  const inGraph = (await page.getByTestId(TEST_IDS.graphNode('pod')).evaluateAll((els) => els.map((el) => (el.querySelector('.tg-title') as HTMLElement).innerText.trim()))).sort();
  expect(inStats).toEqual(inGraph);
  expect(inStats).toContain('v1-b97nq');
});
