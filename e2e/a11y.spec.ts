import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { storeYaml } from './support/shareHelpers.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * Accessibility of the full app (editor included) and of the embed: axe finds no serious or
 * critical violation in any tab; the keyboard reaches every control of the top bar, the graph
 * and the bottom panel; graph nodes are focusable and described for screen readers.
 */

const PANELS = ['stats', 'trace', 'problems', 'tests', 'hash'] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
}

async function ready(page: Page, playground: { goto(s?: string): Promise<void>; waitForEditor(): Promise<void> }, search = '') {
  await playground.goto(search);
  await playground.waitForEditor();
  await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count')), { timeout: 20_000 }).toBeGreaterThan(0);
}

/** Presses Tab up to `max` times from the current focus; returns the focused elements' descriptions, in order. */
async function tabWalk(page: Page, max: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      el.dataset.tabbed = 'yes';
      return `${el.tagName.toLowerCase()}|${el.getAttribute('data-testid') ?? ''}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
    });
    seen.push(id);
  }
  return seen;
}

/** Visible, enabled controls in `selector` that no Tab press reached (and how many there are). */
async function unreached(page: Page, selector: string, atLeast: number): Promise<string[]> {
  const { total, missed } = await page.locator(selector).evaluateAll((roots) => {
    const controls = roots.flatMap((root) =>
      [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex="0"], [role="tab"][aria-selected="true"]')]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null && el.getAttribute('tabindex') !== '-1'));
    return { total: controls.length, missed: controls.filter((el) => el.dataset.tabbed !== 'yes').map((el) => el.outerHTML.slice(0, 120)) };
  });
  expect(total, `controls in ${selector}`).toBeGreaterThanOrEqual(atLeast);
  return missed;
}

test.describe('accessibility', () => {
  test('axe: no serious or critical violation in the full app, editor included, in every tab', async ({ page, playground }) => {
    await ready(page, playground);
    expect(await seriousViolations(page)).toEqual([]);
    for (const tab of PANELS) {
      await playground.tab(tab).click();
      await expect(playground.tabPanel(tab)).toBeVisible();
      expect(await seriousViolations(page), `with the ${tab} tab open`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await playground.tab('stats').click();
    expect(await seriousViolations(page), 'in the dark theme').toEqual([]);
  });

  test('axe: no serious or critical violation with "Restore previous", the Recent menu and a notice', async ({ page, playground }) => {
    await ready(page, playground);
    await playground.focusEditorEnd();
    await playground.insertText('# some work\n');
    await expect.poll(() => storeYaml(page)).toContain('# some work');
    await page.waitForTimeout(800);
    await playground.goto('?example=consistent-hash');
    await expect(page.getByTestId(TEST_IDS.restorePrevious)).toBeVisible();
    await page.evaluate(() => { window.location.hash = '#not-a-link'; });
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toBeVisible();
    await page.getByTestId(TEST_IDS.recentButton).click();
    await expect(page.getByTestId(TEST_IDS.recentMenu)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('axe: no serious or critical violation in the embed view', async ({ page }) => {
    await page.goto('./?embed=1&example=seed');
    await expect(page.getByTestId(TEST_IDS.embedApp)).toBeVisible();
    await page.waitForTimeout(1000);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the keyboard reaches every control of the top bar, the graph and the bottom panel', async ({ page, playground }) => {
    await ready(page, playground);
    // Top bar: from the start of the page up to the editor.
    await page.locator('body').focus();
    await tabWalk(page, 20);
    expect(await unreached(page, `[data-testid="${TEST_IDS.topBar}"]`, 5)).toEqual([]);

    // Leaving Monaco: Ctrl+M makes Tab move focus (Monaco's own accessibility toggle).
    await playground.editor.locator('.view-lines').click();
    await page.keyboard.press('Control+m');
    const walk = await tabWalk(page, 150);
    const stuck = walk.filter((w, i) => i > 0 && w.startsWith('textarea') && walk[i - 1].startsWith('textarea'));
    expect(stuck, 'Tab leaves the editor').toEqual([]);
    // Everything in the graph (toolbar, nodes, their steppers and badges) and the bottom panel.
    expect(await unreached(page, `[data-testid="${TEST_IDS.graphPanel}"]`, 15)).toEqual([]);
    expect(await unreached(page, `[data-testid="${TEST_IDS.bottomPanel}"]`, 3)).toEqual([]);
  });

  test('graph nodes are focusable and described for screen readers', async ({ page, playground }) => {
    await ready(page, playground);
    const nodes = page.locator('.react-flow__node');
    await expect(nodes.first()).toBeVisible();
    const described = await nodes.evaluateAll((els) =>
      els.map((el) => {
        const described = el.getAttribute('aria-describedby');
        const description = described ? document.getElementById(described)?.textContent ?? '' : '';
        return { tabindex: el.getAttribute('tabindex'), name: `${el.getAttribute('aria-label') ?? ''} ${description}`.trim(), role: el.getAttribute('role') };
      }),
    );
    expect(described.length).toBeGreaterThan(5);
    for (const n of described) {
      expect(n.tabindex, JSON.stringify(n)).toBe('0');
      expect(n.name.length, JSON.stringify(n)).toBeGreaterThan(10);
    }
    expect(described.map((n) => n.name).join('\n')).toMatch(/Client pod sleep/);
    expect(described.map((n) => n.name).join('\n')).toMatch(/Subset v2/);
    // A node takes focus from the keyboard and shows it.
    await nodes.first().focus();
    await expect(nodes.first()).toBeFocused();
  });
});
