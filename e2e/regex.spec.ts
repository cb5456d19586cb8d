import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { PlaygroundPage } from './playgroundPage.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * The engine worker loads RE2 (re2js) only when a scenario may hold a regex (the first answer
 * does not wait for it: src/worker/regexSupport.ts). Here a regex is typed into a scenario
 * that had none: the request must still be matched with RE2's full-match semantics (Envoy's
 * safe_regex is re2::RE2::FullMatch), and an invalid pattern must still be reported.
 */

async function statusCount(page: Page, code: string): Promise<number> {
  const item = page.getByTestId(TEST_IDS.statsStatusItem).and(page.locator(`[data-code="${code}"]`));
  return (await item.count()) ? Number(await item.getAttribute('data-count')) : 0;
}

/** Waits for the engine to run the edited text, then routes exactly `n` requests from zero. */
async function routeFresh(page: Page, playground: PlaygroundPage, n: number): Promise<void> {
  await playground.waitForEngine();
  const total = page.getByTestId(TEST_IDS.statsTotal);
  // Reset is only needed when something was counted (a new revision starts from zero).
  if ((await total.getAttribute('data-count')) !== '0') await page.getByTestId(TEST_IDS.statsReset).click();
  await expect(total).toHaveAttribute('data-count', '0');
  await playground.runRequests(n);
  await expect(total).toHaveAttribute('data-count', String(n), { timeout: 10_000 });
}

test('a regex typed into a scenario without one is matched with RE2 full-match semantics', async ({ page, playground }) => {
  await playground.goto();
  await playground.waitForEditor();
  await page.getByTestId(TEST_IDS.transportControls).getByRole('button', { name: 'Pause traffic' }).click();

  // The seed's client curls /ping. A full match of /p[a-z]+g routes every request.
  await playground.selectInEditor('prefix: /');
  await playground.insertText('regex: "/p[a-z]+g"');
  await expect.poll(() => playground.yaml()).toContain('regex: "/p[a-z]+g"');
  await routeFresh(page, playground, 200);
  expect(await statusCount(page, '200')).toBe(200);

  // "/p" only matches a prefix of "/ping": RE2 full match fails, so no route matches (404 NR).
  await playground.selectInEditor('regex: "/p[a-z]+g"');
  await playground.insertText('regex: "/p"');
  await expect.poll(() => playground.yaml()).toContain('regex: "/p"');
  await routeFresh(page, playground, 50);
  expect(await statusCount(page, '404')).toBe(50);

  // An invalid RE2 pattern (a lookahead, which RE2 does not support) is an IST0106 problem.
  await playground.selectInEditor('regex: "/p"');
  await playground.insertText('regex: "/(?=p)ing"');
  await playground.tab('problems').click();
  await expect(playground.tabPanel('problems').locator('[data-code="IST0106"]')).toContainText('not valid RE2', { timeout: 5_000 });
});
