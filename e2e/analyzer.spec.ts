import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { PlaygroundPage } from './playgroundPage.ts';

/** The editor line the cursor is on, from the status line ("Ln 87, Col 19"). */
async function cursorLine(page: Page): Promise<number> {
  const text = (await page.getByTestId('cursor-position').textContent()) ?? '';
  return Number(/Ln (\d+)/.exec(text)?.[1]);
}

/** The whole scenario text (the editor only renders the lines in view). */
const yaml = (page: Page) => page.evaluate(() => (window as Window & { __itp?: { yaml(): string } }).__itp?.yaml() ?? '');

const problem = (playground: PlaygroundPage, code: string) => playground.tabPanel('problems').locator(`[data-code="${code}"]`);

test.describe('analyzer in the editor', () => {
  test('a subset the DestinationRule lacks is marked on its line within a second; the quick fix adds it, undoably', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await expect(playground.problemSummary).toHaveText(/No problems/, { timeout: 10_000 });
    await playground.tab('problems').click();

    await playground.selectInEditor('subset: v2');
    await page.keyboard.insertText('subset: v3');
    const line = await cursorLine(page);
    expect(line).toBeGreaterThan(1);

    // Engine diagnostics become a squiggle and a Problems entry on that very line, within a second.
    await expect(playground.editor.locator('.squiggly-error').first()).toBeVisible({ timeout: 1_000 });
    await expect(problem(playground, 'IST0101')).toHaveCount(1, { timeout: 1_000 });
    await expect(problem(playground, 'IST0101')).toContainText(`Ln ${line},`);
    await expect(problem(playground, 'IST0101')).toContainText('Referenced host+subset in destinationrule not found: "httpping-without-sidecar+v3"');
    await expect(playground.problemSummary).toHaveText(/1 error/);

    // The quick fix, from the editor (Ctrl+. on the marked line).
    await page.keyboard.press('ControlOrMeta+Period');
    const action = page.locator('.action-widget').getByText('Add subset v3 to DestinationRule httpping-without-sidecar-destination');
    await expect(action).toBeVisible();
    await page.keyboard.press('Enter');

    await expect.poll(() => yaml(page)).toContain('- name: v3');
    await expect(problem(playground, 'IST0101')).toHaveCount(0, { timeout: 1_000 });
    // The new subset selects no pod yet (no pod has version: v3): Istio's IST0173, on the DestinationRule.
    await expect(problem(playground, 'IST0173')).toContainText('The Subset v3 defined in the DestinationRule does not select any pods');

    // One undo step takes the fix back, and the marker returns.
    await playground.editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => yaml(page)).not.toContain('- name: v3');
    await expect(problem(playground, 'IST0101')).toHaveCount(1, { timeout: 1_000 });
  });

  test('the Problems tab reveals the line and the graph element, and its Fix button applies the quick fix', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await playground.scenarioPicker.selectOption('gateway-only');
    await playground.tab('problems').click();
    const hint = problem(playground, 'ITP0402');
    await expect(hint).toContainText('is gateway-only', { timeout: 10_000 });
    const line = Number(/Ln (\d+)/.exec((await hint.textContent()) ?? '')?.[1]);

    await hint.click();
    await expect(page.getByTestId('cursor-position')).toHaveText(new RegExp(`^Ln ${line}, `));
    await expect(page.locator('.react-flow__node .tg-node--selected')).toHaveCount(1);

    await playground.tabPanel('problems').getByRole('button', { name: /Fix: Add mesh to gateways/ }).click();
    await expect.poll(() => yaml(page)).toMatch(/- httpping-gateway\s+- mesh/);
    await expect(hint).toHaveCount(0, { timeout: 2_000 });
    await expect(playground.tabPanel('problems').getByRole('link', { name: 'IST0102' })).toHaveAttribute(
      'href',
      'https://istio.io/latest/docs/reference/config/analysis/ist0102/',
    );
  });

  test('schema completion and hover docs for Istio kinds', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    // Hover on a DestinationRule field shows its description from the schema bundle.
    await playground.selectInEditor('subsets:');
    await playground.editor.locator('.view-line span', { hasText: /^subsets$/ }).first().hover();
    await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText("Named groups of the Service's pods", { timeout: 10_000 });

    // Completion inside the DestinationRule's spec (on a new line between `host` and `subsets`)
    // offers the fields it does not have yet.
    await playground.selectInEditor('subsets:');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ControlOrMeta+Space');
    const suggest = page.locator('.suggest-widget');
    for (const field of ['trafficPolicy', 'exportTo', 'workloadSelector']) {
      await expect(suggest).toContainText(field, { timeout: 10_000 });
    }
  });
});
