import type { Page } from '@playwright/test';
import { findScenario } from '../src/scenarios/index.ts';
import { decodePermalink, encodePermalink } from '../src/share/permalink.ts';
import { URL_WRITE_DELAY_MS } from '../src/share/urlState.ts';
import { expect, test } from './fixtures.ts';
import type { PlaygroundPage } from './playgroundPage.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * What a user notices about undo and the address bar: one slider drag is one Ctrl+Z (the YAML
 * follows the drag live), one stepper click is one Ctrl+Z, and a link opened in the tab right
 * after typing loads and stays in the address bar (no late write of the typed text replaces it).
 */

/** The v1 weight line of the seed scenario: its first `weight:` (v2's, 90, comes after it). */
const V1_WEIGHT = /^ *weight: (\d+)$/m;

function v1Weight(yaml: string): number {
  const match = V1_WEIGHT.exec(yaml);
  if (!match) throw new Error('no v1 weight line in the YAML');
  return Number(match[1]);
}

async function openSlider(page: Page) {
  await page.getByTestId(TEST_IDS.weightLabel('v1')).click();
  const slider = page.getByTestId(TEST_IDS.weightSlider('v1'));
  await expect(slider).toBeVisible();
  return slider;
}

/** Clicks into the editor text (the undo target) and presses Ctrl+Z `times`. */
async function undoInEditor(page: Page, playground: PlaygroundPage, times = 1): Promise<void> {
  await playground.editor.locator('.view-lines').click();
  for (let i = 0; i < times; i++) await page.keyboard.press('ControlOrMeta+Z');
}

/** The address bar's fragment. */
const addressHash = (page: Page) => page.evaluate(() => window.location.hash);

/** The YAML a fragment links to. */
function yamlInHash(hash: string): string {
  const decoded = decodePermalink(hash);
  return decoded.ok ? decoded.state.yaml : `(no link: ${decoded.error})`;
}

test.describe('undo of graph edits', () => {
  test('a real mouse drag on the weight slider updates the YAML live and one Ctrl+Z restores the text exactly', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const before = await playground.yaml();
    expect(v1Weight(before)).toBe(10);

    const slider = await openSlider(page);
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    const at = (fraction: number) => box.x + box.width * fraction;
    await page.mouse.move(at(0.1), y);
    await page.mouse.down();
    // Pauses longer than the slider's write debounce: the YAML (and the engine) follow the drag.
    for (const fraction of [0.2, 0.3, 0.4, 0.5]) {
      await page.mouse.move(at(fraction), y, { steps: 4 });
      await page.waitForTimeout(250);
    }
    await expect.poll(async () => v1Weight(await playground.yaml())).toBeGreaterThan(25);
    for (const fraction of [0.6, 0.7]) {
      await page.mouse.move(at(fraction), y, { steps: 4 });
      await page.waitForTimeout(250);
    }
    await page.mouse.up();
    await expect.poll(async () => v1Weight(await playground.yaml())).toBeGreaterThan(55);
    const dragged = v1Weight(await playground.yaml());
    await playground.waitForEngine();
    await expect(page.getByTestId(TEST_IDS.weightLabel('v1'))).toContainText(`weight ${dragged}`);
    expect(await playground.editorText()).toContain(`weight: ${dragged}`);

    await undoInEditor(page, playground);
    await expect.poll(() => playground.yaml()).toBe(before);
    expect(v1Weight(await playground.yaml())).toBe(10);
    await playground.waitForEngine();
    await expect(page.getByTestId(TEST_IDS.weightLabel('v1'))).toContainText('weight 10');
  });

  test('two drags are two undo steps; a keyboard burst on the slider is one', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const before = await playground.yaml();

    const slider = await openSlider(page);
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    const drag = async (from: number, to: number) => {
      await page.mouse.move(box.x + box.width * from, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 3 });
      await page.waitForTimeout(200);
      await page.mouse.move(box.x + box.width * to, y, { steps: 3 });
      await page.mouse.up();
    };
    await drag(0.1, 0.3);
    await expect.poll(async () => v1Weight(await playground.yaml())).toBeGreaterThan(20);
    const afterFirst = await playground.yaml();
    await drag(0.3, 0.8);
    await expect.poll(async () => v1Weight(await playground.yaml())).toBeGreaterThan(65);
    const afterSecond = await playground.yaml();

    // Arrow keys held on the focused slider: one burst, one step.
    await slider.focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(150);
    }
    const keyed = Number(await slider.inputValue());
    await expect.poll(async () => v1Weight(await playground.yaml())).toBe(keyed);

    await undoInEditor(page, playground);
    await expect.poll(() => playground.yaml()).toBe(afterSecond);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => playground.yaml()).toBe(afterFirst);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => playground.yaml()).toBe(before);
  });

  test('each replica stepper click is one undo step', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const replicas = async () => Number(/name: httpping-without-sidecar-v2\nspec:\n {2}replicas: (\d+)/.exec(await playground.yaml())?.[1]);
    expect(await replicas()).toBe(3);
    await page.getByRole('button', { name: 'Scale httpping-without-sidecar-v2 up to 4' }).click();
    await expect.poll(replicas).toBe(4);
    await page.getByRole('button', { name: 'Scale httpping-without-sidecar-v2 up to 5' }).click();
    await expect.poll(replicas).toBe(5);

    await undoInEditor(page, playground);
    await expect.poll(replicas).toBe(4);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(replicas).toBe(3);
  });
});

test.describe('address bar and a link opened in the tab', () => {
  test('a permalink set right after typing loads, and the address bar keeps it', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await playground.focusEditorEnd();
    await playground.insertText('# typed just before opening a link\n');
    // The typed text is committed (the engine runs it): the address bar's write of it is pending.
    await playground.waitForEngine();

    const other = findScenario('sticky-cookie')!.yaml;
    const link = `#${encodePermalink({ yaml: other, view: {} })}`;
    await page.evaluate((hash) => { window.location.hash = hash; }, link);
    await expect.poll(() => playground.yaml()).toBe(other);
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toContainText('Loaded the scenario from the link');

    // Long after the write that was pending for the typed text would have run.
    await page.waitForTimeout(URL_WRITE_DELAY_MS * 3);
    expect(await addressHash(page)).toBe(link);
    expect(await playground.yaml()).toBe(other);

    // Nothing is lost: the next edit is written, and the typed text is one click away.
    await playground.focusEditorEnd();
    await playground.insertText('# after the link\n');
    await expect.poll(async () => yamlInHash(await addressHash(page))).toBe(`${other}# after the link\n`);
    await page.getByTestId(TEST_IDS.restorePrevious).click();
    await expect.poll(() => playground.yaml()).toContain('# typed just before opening a link');
  });

  test('a link set while the address bar write is overdue still wins over the typed text', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await playground.focusEditorEnd();
    await playground.insertText('# first edit\n');
    // A link as the app writes it (the whole view), so the address bar has no reason to rewrite it.
    await expect.poll(() => addressHash(page)).toMatch(/^#v1\//);
    const written = decodePermalink(await addressHash(page));
    if (!written.ok) throw new Error(written.error);
    const other = `${findScenario('consistent-hash')!.yaml}# opened from a link\n`;
    const link = `#${encodePermalink({ yaml: other, view: written.state.view })}`;

    await playground.insertText('# typed\n');
    await playground.waitForEngine();
    // Set the hash, then keep the main thread busy past the write delay: the URL write of the
    // typed text is due before (or together with) the queued hashchange event.
    await page.evaluate(({ hash, busyMs }) => {
      window.location.hash = hash;
      const until = performance.now() + busyMs;
      while (performance.now() < until) { /* busy */ }
    }, { hash: link, busyMs: URL_WRITE_DELAY_MS + 100 });
    await expect.poll(() => playground.yaml()).toBe(other);
    await page.waitForTimeout(URL_WRITE_DELAY_MS * 3);
    expect(yamlInHash(await addressHash(page)), 'the scenario the address bar links to').toBe(other);
    expect(await addressHash(page)).toBe(link);
  });
});
