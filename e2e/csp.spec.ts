import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * The built site runs under its Content-Security-Policy (script-src 'self', no eval, workers
 * from our origin) with zero violations: the app, Monaco (hover and validation from its YAML
 * worker), the engine worker (schema analyzer included), the embed preview and PNG export.
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
  });

  test('the built index.html has a strict policy and no inline script', () => {
    const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The policy comes before any script, and every script is an external file.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('app, Monaco, engine worker, embed preview and PNG export run with zero violations', async ({ page, playground }) => {
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) consoleCsp.push(m.text());
    });
    await playground.goto();
    await playground.waitForEditor();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);

    // The engine worker routes traffic.
    await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count')), { timeout: 20_000 }).toBeGreaterThan(0);

    // Monaco hover (YAML worker + schema) and validation (engine worker's schema analyzer).
    await playground.focusEditorEnd();
    await playground.editor.locator('.view-line span', { hasText: /^rate$/ }).hover();
    await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('Requests per second', { timeout: 10_000 });
    await playground.focusEditorEnd();
    await playground.insertText('  bogusField: 1\n');
    await expect(playground.problemSummary).toHaveText(/1 error/, { timeout: 10_000 });
    await playground.problemSummary.click();
    await expect(playground.tabPanel('problems')).toContainText('IST0106');

    // PNG export (html-to-image: inline styles, data: and blob: images).
    await page.getByTestId(TEST_IDS.exportButton).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(TEST_IDS.exportItem('png')).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    // The embed dialog's live preview (an iframe of our own origin).
    await page.getByTestId(TEST_IDS.shareButton).click();
    await page.getByTestId(TEST_IDS.openEmbedDialog).click();
    const preview = page.frameLocator(`[data-testid="${TEST_IDS.embedPreview}"]`);
    await expect(preview.getByTestId(TEST_IDS.embedApp)).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('Escape');

    expect(await violations(page)).toEqual([]);
    expect(consoleCsp).toEqual([]);
  });

  test('the embed view runs with zero violations', async ({ page }) => {
    await page.goto('./?embed=1&example=seed');
    await expect(page.getByTestId(TEST_IDS.embedApp)).toBeVisible();
    await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.embedStats).getAttribute('data-count')), { timeout: 20_000 }).toBeGreaterThanOrEqual(0);
    await page.waitForTimeout(1000);
    expect(await violations(page)).toEqual([]);
  });
});
