import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * The playground issue's acceptance, read from what a user sees in the Stats tab: the
 * configured split changes the observed split, a client without a sidecar spreads evenly, and a
 * consistent-hash key sticks to one pod. Counters are reset and then exactly N requests are
 * routed at once (`__itp.runRequests`), so the numbers do not depend on timing.
 */

/** observed share per row name, from the Stats tab's data attributes */
async function shares(page: Page, rowTestId: string): Promise<Record<string, number>> {
  return page.evaluate((id) => {
    const out: Record<string, number> = {};
    for (const r of document.querySelectorAll(`[data-testid="${id}"]`)) out[r.getAttribute('data-name') ?? ''] = Number(r.getAttribute('data-share'));
    return out;
  }, rowTestId);
}

async function freshCount(page: Page, playground: { runRequests(n: number): Promise<void> }, n: number): Promise<void> {
  const controls = page.getByTestId(TEST_IDS.transportControls);
  await controls.getByRole('button', { name: 'Pause traffic' }).click();
  await expect(controls.getByRole('button', { name: 'Play traffic' })).toBeVisible();
  await page.getByTestId(TEST_IDS.statsReset).click();
  await expect(page.getByTestId(TEST_IDS.statsTotal)).toHaveAttribute('data-count', '0');
  await playground.runRequests(n);
  await expect(page.getByTestId(TEST_IDS.statsTotal)).toHaveAttribute('data-count', String(n), { timeout: 10_000 });
}

test.describe('playground acceptance', () => {
  test('typing weight: 50 into both routes turns the observed 10/90 split into about 50/50', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await expect(page.getByTestId(TEST_IDS.statsSubsetRow).and(page.locator('[data-name="v1"]'))).toHaveAttribute('data-expected', '0.1000', { timeout: 10_000 });

    await playground.selectInEditor('weight: 10');
    await playground.insertText('weight: 50');
    await playground.selectInEditor('weight: 90');
    await playground.insertText('weight: 50');
    await expect.poll(() => playground.yaml()).toMatch(/weight: 50[\s\S]*weight: 50/);
    await expect(page.getByTestId(TEST_IDS.statsSubsetRow).and(page.locator('[data-name="v1"]'))).toHaveAttribute('data-expected', '0.5000', { timeout: 10_000 });

    await freshCount(page, playground, 2000);
    const s = await shares(page, TEST_IDS.statsSubsetRow);
    expect(s.v1).toBeGreaterThan(0.45);
    expect(s.v1).toBeLessThan(0.55);
    expect(s.v2).toBeCloseTo(1 - s.v1, 5);
    await expect(page.getByTestId(TEST_IDS.weightLabel('v1'))).toContainText('weight 50');
  });

  test('switching the client to no sidecar spreads requests evenly over the six pods', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const badge = page.getByTestId(TEST_IDS.sidecarBadge);
    await expect(badge).toHaveAttribute('aria-pressed', 'true');
    await badge.click();
    await expect(badge).toHaveAttribute('aria-pressed', 'false', { timeout: 10_000 });
    await expect(page.getByTestId(TEST_IDS.statsPodRow)).toHaveCount(6);

    await freshCount(page, playground, 3000);
    const pods = Object.values(await shares(page, TEST_IDS.statsPodRow));
    expect(pods).toHaveLength(6);
    // 1/6 = 16.7 %; at n = 3000 two standard deviations are ±1.4 points.
    for (const share of pods) {
      expect(share).toBeGreaterThan(0.135);
      expect(share).toBeLessThan(0.2);
    }
    // v1 now gets about half the traffic: the VirtualService's 10 % no longer applies.
    const subsets = await shares(page, TEST_IDS.statsSubsetRow);
    if ('v1' in subsets) expect(subsets.v1).toBeGreaterThan(0.4);
  });

  test('the DestinationRule-hash scenario sends every foo: bar request to one pod', async ({ page, playground }) => {
    await playground.goto('?example=consistent-hash');
    await freshCount(page, playground, 1500);
    const bar = page.getByTestId(TEST_IDS.statsHashKeyRow).and(page.locator('[data-key="foo: bar"]'));
    await expect(bar).toHaveAttribute('data-pods', '1');
    expect(Number(await bar.getAttribute('data-count'))).toBeGreaterThan(100);
    // Every listed header value sticks to its pod too; requests without the header spread.
    const rows = page.getByTestId(TEST_IDS.statsHashKeyRow);
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) await expect(rows.nth(i)).toHaveAttribute('data-pods', '1');
    const pods = Object.values(await shares(page, TEST_IDS.statsPodRow));
    expect(pods.filter((s) => s > 0).length).toBeGreaterThanOrEqual(4);
    await page.getByTestId(TEST_IDS.statsPanel).screenshot({ path: 'test-results/screenshots/stats-hash-keys.png' });
  });
});
