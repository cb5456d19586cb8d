import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodePermalink } from '../src/share/permalink.ts';
import { expect, test } from './fixtures.ts';
import { XSS, xssScenarioYaml } from './fixtures/xssScenario.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * Every string from YAML or a link is rendered as text: a scenario full of
 * `<img src=x onerror=window.__xss=1>` (names, labels, header values, hash keys, route and
 * subset names, Test names, curl lines) is shown in the graph, Stats, Trace, Problems, Tests and
 * Hash tabs and exported, and the payload never runs and never becomes an element.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const link = `#${encodePermalink({ yaml: xssScenarioYaml, view: { panel: 'stats' } })}`;

async function expectInert(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `window.__xss after ${where}`).toBeUndefined();
  expect(await page.locator('img[src="x"]').count(), `<img src=x> elements after ${where}`).toBe(0);
}

async function download(page: Page, id: string): Promise<string> {
  await page.getByTestId(TEST_IDS.exportButton).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(TEST_IDS.exportItem(id)).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

test.describe('untrusted text', () => {
  test('the payload shows as literal text everywhere and never runs', async ({ page, playground }) => {
    await playground.goto(link);
    await playground.waitForEditor();
    await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count')), { timeout: 20_000 }).toBeGreaterThan(0);
    // The editor and the graph (the route named after the payload, its hash keys).
    await expect(playground.editor.locator('.view-lines')).toContainText(XSS);
    await expect(playground.graphPanel.getByText(XSS).first()).toBeAttached();
    await expectInert(page, 'graph and stats');

    await playground.tab('trace').click();
    await expect(page.getByTestId(TEST_IDS.traceCurl)).toHaveValue(new RegExp(XSS.replace(/[()=]/g, '\\$&')));
    await page.getByTestId(TEST_IDS.traceSend).click();
    await expect(page.getByTestId(TEST_IDS.traceSteps)).toContainText(XSS);
    await expectInert(page, 'trace');

    await playground.tab('problems').click();
    await expect(playground.tabPanel('problems')).toContainText(`The Subset ${XSS} defined in the DestinationRule`);
    await expectInert(page, 'problems');

    await playground.tab('tests').click();
    const tests = page.getByTestId(TEST_IDS.testItem);
    await expect(tests.filter({ hasText: `fails ${XSS}` })).toHaveAttribute('data-passed', 'false', { timeout: 10_000 });
    await expect(page.locator(`[data-testid="${TEST_IDS.testItem}"][data-name="${XSS}"]`)).toHaveAttribute('data-passed', 'true');
    await expectInert(page, 'tests');

    await playground.tab('hash').click();
    await expect(playground.tabPanel('hash')).toBeVisible();
    await expectInert(page, 'hash');

    // Exports: CSV and Markdown carry the text; the SVG escapes it (opened on its own, an SVG is a document).
    expect(await download(page, 'csv')).toContain(XSS);
    const svg = await download(page, 'svg');
    expect(svg).not.toContain('<img');
    await page.getByTestId(TEST_IDS.exportButton).click();
    await page.getByTestId(TEST_IDS.exportItem('markdown')).click();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(XSS);
    // Outside the fenced YAML, Markdown renderers would treat raw `<img …>` as HTML.
    const outsideCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toContain('<img');
    await expectInert(page, 'exports');
  });

  test('the embed view shows the payload as text too', async ({ page }) => {
    await page.goto(`./?embed=1${link}`);
    await expect(page.getByTestId(TEST_IDS.embedApp)).toBeVisible();
    await page.waitForTimeout(1500);
    await expectInert(page, 'embed');
  });
});
