import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SCREENSHOTS = 'test-results/screenshots';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

test.describe('app shell', () => {
  test('loads at 1280×720 with every region in place and no overlap', async ({ page, playground }) => {
    await playground.goto();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Istio Traffic Playground');
    await expect(playground.graphPanel).toBeVisible();
    await expect(page.getByRole('tablist', { name: 'Details' })).toBeVisible();
    await playground.waitForEditor();

    const top = await box(page.getByTestId('top-bar'));
    const editor = await box(playground.editorPanel);
    const graph = await box(playground.graphPanel);
    const bottom = await box(playground.bottomPanel);
    expect(editor.y).toBeGreaterThanOrEqual(top.y + top.height - 1);
    expect(editor.x + editor.width).toBeLessThanOrEqual(graph.x + 1);
    expect(editor.width / (editor.width + graph.width)).toBeCloseTo(0.4, 1);
    expect(bottom.y).toBeGreaterThanOrEqual(Math.max(editor.y + editor.height, graph.y + graph.height) - 1);
    expect(bottom.y + bottom.height).toBeLessThanOrEqual(720 + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    await page.screenshot({ path: `${SCREENSHOTS}/shell-1280x720.png` });
  });

  test('paints the page before the editor chunk arrives, showing the text meanwhile', async ({ page, playground }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/YamlEditor-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
    await playground.goto();
    await expect(page.getByTestId('editor-loading')).toContainText('kind: Traffic');
    await expect(page.getByTestId('cursor-position')).toHaveText('Loading editor…');
    await expect(playground.graphPanel).toBeVisible();
    const standIn = await box(page.getByTestId('editor-loading'));
    release();
    await playground.waitForEditor();
    const editor = await box(playground.editor);
    expect(Math.abs(editor.height - standIn.height)).toBeLessThan(2);
  });

  test('Monaco loads with a working YAML worker: schema validation and hover', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    expect(await playground.editorText()).toContain('kind: Namespace');
    await expect(playground.problemSummary).toHaveText(/No problems/);

    // Hover comes from the YAML worker and the Traffic schema.
    await playground.focusEditorEnd();
    await playground.editor.locator('.view-line span', { hasText: /^rate$/ }).hover();
    await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('Requests per second', { timeout: 10_000 });

    // An unknown field in Traffic.spec breaks the schema (the engine's analyzer reports it as
    // IST0106, an error): a squiggle, the status line and the Problems tab show it.
    await playground.focusEditorEnd();
    await playground.insertText('  bogusField: 1\n');
    await expect(playground.problemSummary).toHaveText(/1 error/, { timeout: 10_000 });
    await expect(playground.editor.locator('.squiggly-error')).toHaveCount(1);
    await playground.problemSummary.click();
    await expect(playground.tab('problems')).toHaveAttribute('aria-selected', 'true');
    await expect(playground.tabPanel('problems')).toContainText('bogusField');

    // Clicking the problem moves the cursor to it; deleting the line clears the problem.
    await playground.tabPanel('problems').getByText('bogusField').click();
    await expect(page.getByTestId('cursor-position')).toHaveText(/^Ln \d+, Col 3$/);
    await page.keyboard.press('ControlOrMeta+Shift+K');
    await expect(playground.problemSummary).toHaveText(/No problems/, { timeout: 10_000 });
    expect(await playground.editorText()).not.toContain('bogusField');
  });

  test('the scenario picker replaces the text as one undoable edit', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const options = await playground.scenarioPicker.locator('option').evaluateAll((els) =>
      els.map((el) => (el as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(1);
    const before = await playground.editorText();

    for (const id of options.slice(1)) {
      await playground.scenarioPicker.selectOption(id);
      await expect(playground.scenarioPicker).toHaveValue(id);
      // Built-in examples have no errors (warnings and notes may point at what they teach,
      // e.g. a client without sidecar); give the engine time to report.
      await page.waitForTimeout(600);
      await expect(playground.problemSummary).not.toHaveText(/error/);
    }
    expect(await playground.editorText()).not.toBe(before);

    await playground.editor.locator('.view-lines').click();
    for (let i = 1; i < options.length; i++) await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => playground.editorText()).toBe(before);
  });

  test('splitters resize by pointer and keyboard', async ({ page, playground }) => {
    await playground.goto();
    const splitter = playground.verticalSplitter;
    await expect(splitter).toHaveAttribute('aria-valuenow', '40');

    const s = await box(splitter);
    await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await page.mouse.down();
    await page.mouse.move(700, s.y + s.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = await playground.splitterValue(splitter);
    expect(dragged).toBeGreaterThan(50);
    expect((await box(playground.editorPanel)).width).toBeGreaterThan(650);

    await splitter.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await playground.splitterValue(splitter)).toBe(Math.round(dragged - 2));
    await page.keyboard.press('Home');
    await expect(splitter).toHaveAttribute('aria-valuenow', '20');

    const bottomBefore = (await box(playground.bottomPanel)).height;
    await playground.horizontalSplitter.focus();
    await page.keyboard.press('Shift+ArrowUp');
    expect((await box(playground.bottomPanel)).height).toBeGreaterThan(bottomBefore + 40);
  });

  test('bottom panel tabs switch with the keyboard', async ({ page, playground }) => {
    await playground.goto();
    await expect(playground.tab('stats')).toHaveAttribute('aria-selected', 'true');
    await playground.tab('stats').focus();
    await page.keyboard.press('ArrowRight');
    await expect(playground.tab('trace')).toBeFocused();
    await expect(playground.tab('trace')).toHaveAttribute('aria-selected', 'true');
    await expect(playground.tabPanel('trace')).toBeVisible();
    await expect(playground.tabPanel('stats')).toBeHidden();
    await page.keyboard.press('End');
    await expect(playground.tab('hash')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(playground.tab('stats')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(playground.tab('hash')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(playground.tab('stats')).toBeFocused();
    await expect(playground.tab('trace')).toHaveAttribute('tabindex', '-1');
  });

  test('theme follows the system, then the toggle', async ({ page, playground }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await playground.goto();
    expect(await playground.theme()).toBe('dark');
    await playground.waitForEditor();
    await page.screenshot({ path: `${SCREENSHOTS}/shell-1280x720-dark.png` });
    const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

    await playground.themeToggle.click();
    expect(await playground.theme()).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(darkBg);
    await expect(playground.editor.locator('.monaco-editor')).toHaveClass(/\bvs\b/);
    await playground.themeToggle.click();
    expect(await playground.theme()).toBe('dark');
  });

  test('keyboard shortcuts: Space, Alt+1, Alt+2, help', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await expect(playground.graphPanel).toHaveAttribute('data-playing', 'true');
    await page.locator('body').click({ position: { x: 900, y: 300 } });
    await page.keyboard.press('Space');
    await expect(playground.graphPanel).toHaveAttribute('data-playing', 'false');

    await page.keyboard.press('Alt+1');
    await expect(playground.editor.locator('textarea')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(playground.graphPanel).toHaveAttribute('data-playing', 'false');

    await page.keyboard.press('Alt+2');
    await expect(playground.graphPanel).toBeFocused();
    await page.keyboard.press('Space');
    await expect(playground.graphPanel).toHaveAttribute('data-playing', 'true');

    await playground.helpButton.click();
    await expect(playground.helpDialog).toBeVisible();
    await expect(playground.helpDialog).toContainText('Focus the graph');
    await page.keyboard.press('Escape');
    await expect(playground.helpDialog).toBeHidden();
  });

  test('stacks editor above graph on a narrow screen', async ({ page, playground }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await playground.goto();
    await playground.waitForEditor();
    const editor = await box(playground.editorPanel);
    const graph = await box(playground.graphPanel);
    expect(editor.y + editor.height).toBeLessThanOrEqual(graph.y + 1);
    expect(editor.width).toBeGreaterThan(780);
    await expect(playground.verticalSplitter).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await page.screenshot({ path: `${SCREENSHOTS}/shell-800-narrow.png`, fullPage: true });
  });

  test('has no detectable accessibility violations outside the editor', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
