import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { threeSubsetsFivePodsYaml } from '../src/ui/graph/model/graphFixtureYaml.ts';
import { TEST_IDS } from './testIds.ts';

const SCREENSHOTS = 'test-results/screenshots';

interface Box { id: string; x: number; y: number; width: number; height: number }

/** The scenario text as the editor holds it (main.tsx exposes it read-only). */
function editorYaml(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __itp: { yaml(): string } }).__itp.yaml());
}

function nodes(page: Page, kind: string): Locator {
  return page.getByTestId(TEST_IDS.graphNode(kind));
}

/** Screen rectangles of every graph node and weight label. */
async function graphBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const rect = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const nodeBoxes = [...document.querySelectorAll('.react-flow__node')].map((el) => rect(el, el.getAttribute('data-id') ?? '?'));
    const labels = [...document.querySelectorAll('.tg-weight-label, .tg-edge-label')].map((el, i) => rect(el, `label:${i}`));
    return [...nodeBoxes, ...labels];
  });
}

/** Overlapping pairs, except a pod and the subset box that contains it. */
function overlaps(boxes: Box[]): string[] {
  const contains = (outer: Box, inner: Box) =>
    outer.id.startsWith('cluster:') && inner.id.startsWith(`pod:${outer.id.slice('cluster:'.length)}:`);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (contains(a, b) || contains(b, a)) continue;
      const hit = a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
      if (hit) out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

/** Smallest on-screen font size (px) of the graph's node titles and of its other text. */
async function screenFontSizes(page: Page): Promise<{ title: number; other: number }> {
  return page.evaluate(() => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const smallest = (selector: string) =>
      Math.min(...[...document.querySelectorAll(selector)].map((el) => parseFloat(getComputedStyle(el).fontSize) * zoom));
    return {
      title: smallest('.react-flow__node .tg-title'),
      other: smallest('.react-flow__node .tg-sub, .react-flow__node .tg-caps, .react-flow__node .tg-summary, .react-flow__node .tg-chip, .react-flow__node .tg-count, .react-flow__node .tg-badge, .tg-weight-label'),
    };
  });
}

/** React Flow's current zoom factor. */
async function viewportZoom(page: Page): Promise<number> {
  return page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
}

async function expectNodeCounts(page: Page, counts: Record<string, number>): Promise<void> {
  for (const [kind, n] of Object.entries(counts)) await expect(nodes(page, kind), kind).toHaveCount(n, { timeout: 15_000 });
}

/** Lets traffic flow long enough for counters and observed shares to show. */
async function waitForTraffic(page: Page): Promise<void> {
  await expect.poll(async () => Number((await nodes(page, 'route').first().locator('.tg-count').textContent().catch(() => '0'))?.replace(/,/g, '') ?? 0)).toBeGreaterThan(0);
}

test.describe('traffic graph', () => {
  test('seed: client, sidecar, Service, route, two subset boxes with six pods, nothing overlapping', async ({ page, playground }) => {
    await playground.goto();
    await expectNodeCounts(page, { client: 1, proxy: 1, service: 1, route: 1, subset: 2, pod: 6 });
    await expect(nodes(page, 'client')).toContainText('sleep');
    await expect(page.getByTestId(TEST_IDS.sidecarBadge)).toHaveText(/Envoy/);
    await expect(nodes(page, 'proxy')).toContainText('VirtualService httpping-without-sidecar applies');
    await expect(nodes(page, 'subset').first()).toContainText('v1');
    await expect(page.getByTestId(TEST_IDS.graphCaption)).toContainText('has a sidecar');
    await playground.waitForEditor();
    await waitForTraffic(page);
    await expect(page.getByTestId(TEST_IDS.weightLabel('v1'))).toContainText(/weight 10\s*observed \d+\.\d %/);
    expect(overlaps(await graphBoxes(page))).toEqual([]);
    for (const box of await graphBoxes(page)) expect(box.width, box.id).toBeGreaterThan(20);
    // Readable in a 1280×720 screenshot: titles at 12 px or more, everything else at 10 px or more.
    expect(await viewportZoom(page)).toBeGreaterThan(0.9);
    const fonts = await screenFontSizes(page);
    expect(fonts.title).toBeGreaterThanOrEqual(12);
    expect(fonts.other).toBeGreaterThanOrEqual(10);
    // The toolbar sits outside the canvas: it covers no node.
    const toolbar = (await page.getByTestId(TEST_IDS.transportControls).boundingBox())!;
    expect(overlaps([{ id: 'toolbar', ...toolbar }, ...(await graphBoxes(page))]).filter((pair) => pair.includes('toolbar'))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/graph-seed-1280x720.png` });
  });

  for (const [id, counts] of [
    ['consistent-hash', { client: 1, proxy: 1, service: 1, route: 0, subset: 1, pod: 6 }],
    ['no-sidecar-client', { client: 1, proxy: 1, service: 1, route: 1, subset: 2, pod: 6 }],
  ] as const) {
    test(`${id}: renders without overlap`, async ({ page, playground }) => {
      await playground.goto();
      await playground.waitForEditor();
      await playground.scenarioPicker.selectOption(id);
      await expectNodeCounts(page, counts);
      await page.waitForTimeout(1500);
      expect(overlaps(await graphBoxes(page))).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/graph-${id}-1280x720.png` });
    });
  }

  test('3 subsets × 5 pods: no overlap, text still legible, dark theme', async ({ page, playground }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await playground.goto();
    await playground.waitForEditor();
    // Pasted (typing would auto-indent): select all, paste the bigger scenario.
    // (the clipboard needs a focused document, so focus the editor first)
    await playground.editor.locator('.view-lines').click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), threeSubsetsFivePodsYaml());
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => editorYaml(page)).toBe(threeSubsetsFivePodsYaml());
    await expectNodeCounts(page, { subset: 3, pod: 15 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${SCREENSHOTS}/graph-3x5-dark-1280x720.png` });
    expect(overlaps(await graphBoxes(page))).toEqual([]);
    // Fitted, the graph is not shrunk beyond legibility (pods turn into one-line chips instead).
    expect(await viewportZoom(page)).toBeGreaterThan(0.6);
    await expect(nodes(page, 'pod').first()).toHaveClass(/tg-pod--dense/);
  });

  test('no-sidecar client: dashed kube-proxy edges to every pod, routes and subsets unused', async ({ page, playground }) => {
    await playground.goto();
    await playground.scenarioPicker.selectOption('no-sidecar-client');
    await expect(page.getByTestId(TEST_IDS.sidecarBadge)).toHaveText(/no sidecar — kube-proxy/);
    await expect(page.locator('.tg-edge--kubeProxy')).toHaveCount(6);
    await expect(nodes(page, 'route')).toHaveClass(/tg-node--unused/, { timeout: 10_000 });
    await expect(nodes(page, 'subset').first()).toHaveClass(/tg-node--unused/);
  });

  test('the v1 weight slider rewrites weight: in the YAML and keeps the comments', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const before = await editorYaml(page);
    const comments = before.split('\n').filter((line) => line.trimStart().startsWith('#'));
    expect(before).toContain('weight: 10');

    await page.getByTestId(TEST_IDS.weightLabel('v1')).click();
    const slider = page.getByTestId(TEST_IDS.weightSlider('v1'));
    await expect(slider).toBeVisible();
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await slider.fill('35');

    await expect.poll(() => editorYaml(page)).toContain('weight: 35');
    const after = await editorYaml(page);
    expect(after).toContain('weight: 90');
    expect(after.split('\n').filter((line) => line.trimStart().startsWith('#'))).toEqual(comments);
    expect(after.split('\n')).toHaveLength(before.split('\n').length);
    expect(await playground.editorText()).toContain('weight: 35');
    // The engine re-flows: the label shows the new weight.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(TEST_IDS.weightLabel('v1'))).toContainText('weight 35', { timeout: 10_000 });

    // One undo in the editor restores the previous text in one go at most a few steps.
    await playground.editor.locator('.view-lines').click();
    for (let i = 0; i < 8 && (await editorYaml(page)) !== before; i++) await page.keyboard.press('ControlOrMeta+Z');
    expect(await editorYaml(page)).toBe(before);
  });

  test('clicking the sidecar badge toggles injection in the YAML', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const badge = page.getByTestId(TEST_IDS.sidecarBadge);
    await expect(badge).toHaveAttribute('aria-pressed', 'true');
    await badge.click();
    await expect.poll(() => editorYaml(page)).toContain('sidecar.istio.io/inject: "false"');
    await expect(badge).toHaveAttribute('aria-pressed', 'false', { timeout: 10_000 });
    await expect(badge).toHaveText(/no sidecar — kube-proxy/);
    await expect(page.locator('.tg-edge--kubeProxy')).toHaveCount(6);
    await badge.click();
    await expect.poll(() => editorYaml(page)).toContain('sidecar.istio.io/inject: "true"');
    await expect(badge).toHaveAttribute('aria-pressed', 'true', { timeout: 10_000 });
  });

  test('replica stepper scales a Deployment; the subset box grows by one pod', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await expectNodeCounts(page, { pod: 6 });
    await page.getByRole('button', { name: 'Scale httpping-without-sidecar-v2 up to 4' }).click();
    await expect.poll(() => editorYaml(page)).toMatch(/name: httpping-without-sidecar-v2\nspec:\n  replicas: 4/);
    await expectNodeCounts(page, { pod: 7 });
    expect(overlaps(await graphBoxes(page))).toEqual([]);
  });

  test('keyboard: nodes are focusable with descriptive labels; Enter on a route reveals its YAML', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const route = page.locator('.react-flow__node-route');
    await expect(route).toHaveAttribute('aria-label', /Route 1 of VirtualService infra-jinsu-lab\/httpping-without-sidecar: match uri prefix \//);
    await expect(page.locator('.react-flow__node-pod').first()).toHaveAttribute('aria-label', /^Pod httpping-without-sidecar-v1-/);
    await route.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node-route .tg-node--selected')).toHaveCount(1);
    await expect(playground.editor.locator('.view-lines')).toContainText('prefix: /');
  });

  test('transport controls drive the view state; a YAML error keeps the last good graph', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const controls = page.getByTestId(TEST_IDS.transportControls);
    await controls.getByRole('button', { name: 'Pause traffic' }).click();
    await expect(playground.graphPanel).toHaveAttribute('data-playing', 'false');
    await controls.getByRole('button', { name: 'Play traffic' }).click();
    await expect(playground.graphPanel).toHaveAttribute('data-playing', 'true');
    await controls.getByLabel('Speed').selectOption('4');
    await expect(controls.getByLabel('Speed')).toHaveValue('4');
    await controls.getByRole('button', { name: 'Send one request' }).click();
    await expect(playground.tab('trace')).toHaveAttribute('aria-selected', 'true');

    await playground.focusEditorEnd();
    await playground.insertText('bad: a: b\n');
    await expect(page.getByTestId(TEST_IDS.yamlErrorBadge)).toContainText(/YAML error at line \d+ — showing the last good graph/, { timeout: 10_000 });
    await expectNodeCounts(page, { subset: 2, pod: 6 });
  });
});
