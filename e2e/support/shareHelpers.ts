import { expect, type Page } from '@playwright/test';
import { TEST_IDS } from '../testIds.ts';

/** The store's YAML text (the editor mirrors it). */
export function storeYaml(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __itp: { yaml(): string } }).__itp.yaml());
}

/**
 * Pauses, restarts the request sequence with the page's seed and routes exactly `count`
 * requests at once; returns every counter the Stats tab shows (pods, subsets, status codes).
 */
export async function statsAfterExactly(page: Page, count: number): Promise<Record<string, number>> {
  await expect(page.getByTestId(TEST_IDS.statsPodRow).first()).toBeVisible({ timeout: 20_000 });
  const controls = page.getByTestId(TEST_IDS.transportControls);
  const pause = controls.getByRole('button', { name: 'Pause traffic' });
  if (await pause.isVisible()) await pause.click();
  await expect(controls.getByRole('button', { name: 'Play traffic' })).toBeVisible();
  await page.getByTestId(TEST_IDS.statsReset).click();
  await page.evaluate((n) => (window as unknown as { __itp: { runRequests(n: number): void } }).__itp.runRequests(n), count);
  await expect(page.getByTestId(TEST_IDS.statsTotal)).toHaveAttribute('data-count', String(count), { timeout: 10_000 });
  return page.evaluate((ids) => {
    const out: Record<string, number> = {};
    for (const [kind, id] of [['pod', ids.pod], ['subset', ids.subset]] as const) {
      for (const row of document.querySelectorAll(`[data-testid="${id}"]`)) out[`${kind}:${row.getAttribute('data-name')}`] = Number(row.getAttribute('data-count'));
    }
    for (const item of document.querySelectorAll(`[data-testid="${ids.status}"]`)) out[`status:${item.getAttribute('data-code')}`] = Number(item.getAttribute('data-count'));
    return out;
  }, { pod: TEST_IDS.statsPodRow, subset: TEST_IDS.statsSubsetRow, status: TEST_IDS.statsStatusItem });
}

/** Collects page errors and console errors of a page made outside the fixture (a second context). */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  return problems;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
