import type { Page } from '@playwright/test';
import { findScenario } from '../src/scenarios/index.ts';
import { encodePermalink } from '../src/share/permalink.ts';
import { expect, test } from './fixtures.ts';
import { PlaygroundPage } from './playgroundPage.ts';
import { storeYaml } from './support/shareHelpers.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * No lost work (autosave survives a real reload; a link or an example keeps the previous work
 * one click away) and no frozen tab (a scenario that keeps the engine busy for seconds gets the
 * worker restarted, with a sentence saying so).
 */

const NOTE = '# my unsaved note, typed just before the reload\n';

async function typeNote(page: Page, playground: { focusEditorEnd(): Promise<void>; insertText(t: string): Promise<void> }) {
  await playground.focusEditorEnd();
  await playground.insertText(NOTE);
  await expect.poll(() => storeYaml(page)).toContain(NOTE);
}

test.describe('no lost work', () => {
  test('a reload brings back what was typed, with or without the link in the address bar', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await typeNote(page, playground);

    await page.reload();
    await playground.waitForEditor();
    expect(await storeYaml(page)).toContain(NOTE);

    // A bare address (no link, no example): the autosaved text, not the default example.
    await playground.goto();
    await playground.waitForEditor();
    expect(await storeYaml(page)).toContain(NOTE);
    await playground.focusEditorEnd();
    await expect(playground.editor.locator('.view-lines')).toContainText('my unsaved note');
  });

  test('two tabs keep their own work: each reload brings back what that tab had', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await typeNote(page, playground);
    await page.waitForTimeout(800); // saved

    // A second tab of the same browser (shared localStorage, its own sessionStorage).
    const second = await page.context().newPage();
    const other = new PlaygroundPage(second);
    await other.goto();
    await other.waitForEditor();
    expect(await storeYaml(second)).toContain(NOTE); // a new tab starts from the newest work
    await other.focusEditorEnd();
    await other.insertText('# typed in the second tab\n');
    await expect.poll(() => storeYaml(second)).toContain('# typed in the second tab');
    await second.waitForTimeout(800);

    await page.reload();
    await playground.waitForEditor();
    expect(await storeYaml(page)).toContain(NOTE);
    expect(await storeYaml(page)).not.toContain('# typed in the second tab');
    await second.reload();
    await other.waitForEditor();
    expect(await storeYaml(second)).toContain('# typed in the second tab');
    await second.close();
  });

  test('opening an example keeps the previous work: "Restore previous" and the Recent menu bring it back', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await typeNote(page, playground);
    await page.waitForTimeout(800);

    await playground.goto('?example=consistent-hash');
    await playground.waitForEditor();
    expect(await storeYaml(page)).toBe(findScenario('consistent-hash')!.yaml);
    const restore = page.getByTestId(TEST_IDS.restorePrevious);
    await expect(restore).toBeVisible();
    await restore.click();
    await expect.poll(() => storeYaml(page)).toContain(NOTE);

    // The example it replaced is untouched, so it is not "work"; the note is in the history.
    await page.getByTestId(TEST_IDS.recentButton).click();
    const items = page.getByTestId(TEST_IDS.recentMenu).getByTestId(TEST_IDS.recentItem);
    await expect(items.first()).toContainText(/just now|minute/);
    await page.keyboard.press('Escape');
  });

  test('a permalink pasted into the open tab keeps the previous work too', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await typeNote(page, playground);
    const other = findScenario('sticky-cookie')!.yaml;
    await page.evaluate((hash) => { window.location.hash = hash; }, encodePermalink({ yaml: other, view: {} }));
    await expect.poll(() => storeYaml(page)).toBe(other);
    await page.getByTestId(TEST_IDS.restorePrevious).click();
    await expect.poll(() => storeYaml(page)).toContain(NOTE);
  });
});

test.describe('limits in the app', () => {
  test('a "billion laughs" document is refused at once with a sentence; the rest keeps running', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const levels = ['lol: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`l${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: laughs}\ndata:\n${levels.map((l) => '  ' + l).join('\n')}\n`;
    const seed = findScenario('seed')!.yaml;
    await page.evaluate((hash) => { window.location.hash = hash; }, encodePermalink({ yaml: `${seed}---\n${bomb}`, view: {} }));
    await playground.tab('problems').click();
    await expect(playground.tabPanel('problems')).toContainText('which looks like an alias bomb; the document is ignored', { timeout: 5000 });
    await playground.tab('stats').click();
    const before = Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count'));
    await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(before);
  });
});

test.describe('watchdog', () => {
  test('a scenario that keeps the engine busy restarts the worker with the last good one, and says so', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count')), { timeout: 20_000 }).toBeGreaterThan(0);

    // Envoy's largest ring (8,388,608 points): building it takes the engine several seconds.
    const slow = findScenario('consistent-hash')!.yaml.replace('httpHeaderName: foo', 'httpHeaderName: foo\n        minimumRingSize: 8388608');
    expect(slow).toContain('minimumRingSize');
    const started = Date.now();
    await page.evaluate((hash) => { window.location.hash = hash; }, encodePermalink({ yaml: slow, view: {} }));

    const banner = page.getByTestId(TEST_IDS.noticeBanner).filter({ hasText: 'took longer than' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(banner).toHaveText(/The simulation took longer than 3 s on this YAML and was restarted with the last version that ran\. Your text is kept/);
    expect(Date.now() - started).toBeLessThan(15_000);
    // The text stays as typed; the page stays responsive; the restarted engine runs the seed again.
    expect(await storeYaml(page)).toContain('minimumRingSize: 8388608');
    await playground.tab('stats').click();
    const before = Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count'));
    await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count')), { timeout: 10_000 }).toBeGreaterThan(before);
    await expect(page.getByTestId(TEST_IDS.statsSubsetRow).filter({ hasText: 'v2' })).toBeVisible();
  });
});
