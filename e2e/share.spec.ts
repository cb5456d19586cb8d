import { readFileSync } from 'node:fs';
import { scenarios } from '../src/scenarios/index.ts';
import { decodePermalink } from '../src/share/permalink.ts';
import { oneLineDescription } from '../src/ui/topbar/oneLineDescription.ts';
import { expect, test } from './fixtures.ts';
import { collectProblems, pngSize, statsAfterExactly, storeYaml } from './support/shareHelpers.ts';
import { TEST_IDS } from './testIds.ts';

const SCREENSHOTS = 'test-results/screenshots';
const fixture = (name: string) => readFileSync(new URL(`../src/share/fixtures/${name}`, import.meta.url), 'utf8');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function copyLink(page: import('@playwright/test').Page): Promise<string> {
  await page.getByTestId(TEST_IDS.shareButton).click();
  await page.getByTestId(TEST_IDS.copyLink).click();
  await expect(page.getByTestId(TEST_IDS.shareButton)).toContainText('Link copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('permalinks', () => {
  test('a copied link reproduces the YAML, the seed and the numbers in a fresh browser context', async ({ page, playground, browser }) => {
    await playground.goto();
    await playground.waitForEditor();
    const seedLink = await copyLink(page);
    expect(seedLink.length, 'seed scenario permalink length').toBeLessThan(2000);
    test.info().annotations.push({ type: 'seed permalink length', description: String(seedLink.length) });

    // Edit the text and the seed; the address bar follows (replaceState: no new history entries).
    const historyLength = await page.evaluate(() => history.length);
    await playground.focusEditorEnd();
    await playground.insertText('# shared from context A\n');
    const seed = page.getByTestId(TEST_IDS.transportControls).getByLabel('Random seed');
    await seed.fill('7');
    await seed.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#v1\//);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    const yamlA = await storeYaml(page);
    expect(yamlA).toContain('# shared from context A');
    const statsA = await statsAfterExactly(page, 400);
    const link = await copyLink(page);
    expect(link.startsWith(new URL('./', page.url()).href)).toBe(true);

    const context = await browser.newContext();
    const pageB = await context.newPage();
    const problems = collectProblems(pageB);
    await pageB.goto(link);
    await expect(pageB.getByTestId(TEST_IDS.app)).toBeVisible();
    expect(await storeYaml(pageB)).toBe(yamlA);
    await expect(pageB.getByTestId(TEST_IDS.transportControls).getByLabel('Random seed')).toHaveValue('7');
    const statsB = await statsAfterExactly(pageB, 400);
    expect(statsB).toEqual(statsA);
    expect(Object.keys(statsA).length).toBeGreaterThan(4);
    await expect(pageB.getByTestId(TEST_IDS.noticeBanner)).toHaveCount(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an old-version link (frozen v1 fixture) still opens with its view state', async ({ page, playground }) => {
    await playground.goto(fixture('v1-seed.link.txt').trim());
    await playground.waitForEditor();
    expect(await storeYaml(page)).toBe(fixture('v1-seed.yaml'));
    const controls = page.getByTestId(TEST_IDS.transportControls);
    await expect(controls.getByLabel('Random seed')).toHaveValue('7');
    await expect(controls.getByLabel('Speed')).toHaveValue('2');
    await expect(playground.tab('stats')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toHaveCount(0);
  });

  test('a corrupted link explains itself and loads the default scenario', async ({ page, playground }) => {
    const good = fixture('v1-seed.link.txt').trim();
    await playground.goto(good.slice(0, 200) + 'Zz' + good.slice(202, -30));
    const banner = page.getByTestId(TEST_IDS.noticeBanner);
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('data-kind', 'error');
    await expect(banner).toContainText(/This link is damaged.*The default example is shown instead/);
    await playground.waitForEditor();
    expect(await storeYaml(page)).toBe(scenarios[0].yaml);
    await expect(playground.scenarioPicker).toHaveValue(scenarios[0].id);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  });

  test('examples open by URL, and the picker shows their one-line description', async ({ page, playground }) => {
    const example = scenarios.find((s) => s.id === 'consistent-hash')!;
    await playground.goto('?example=consistent-hash');
    await expect(playground.scenarioPicker).toHaveValue('consistent-hash');
    expect(await storeYaml(page)).toBe(example.yaml);
    const description = page.locator('#scenario-description');
    await expect(description).toHaveText(oneLineDescription(example.description));
    await expect(description).toHaveAttribute('title', example.description);
    const box = await description.boundingBox();
    expect(box!.height).toBeLessThan(24); // one line

    await playground.goto('?example=no-such-thing');
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toContainText('There is no example called “no-such-thing”');
    expect(await storeYaml(page)).toBe(scenarios[0].yaml);
  });

  test('a link pasted into the open tab loads as one undoable edit', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const before = await storeYaml(page);
    await page.evaluate((hash) => { location.hash = hash; }, fixture('v1-seed.link.txt').trim());
    await expect.poll(() => storeYaml(page)).toBe(fixture('v1-seed.yaml'));
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toContainText('Ctrl+Z');
    await playground.editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => storeYaml(page)).toBe(before);
  });
});

test.describe('embed code dialog', () => {
  test('produces a lazy, titled iframe snippet with a live preview', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await page.getByTestId(TEST_IDS.shareButton).click();
    await page.getByTestId(TEST_IDS.openEmbedDialog).click();
    const dialog = page.getByTestId(TEST_IDS.embedDialog);
    await expect(dialog).toBeVisible();
    const snippet = dialog.getByTestId(TEST_IDS.embedSnippet);
    await expect(snippet).toHaveValue(/^<iframe\n/);
    const text = await snippet.inputValue();
    expect(text).toContain('loading="lazy"');
    expect(text).toContain('title="Istio Traffic Playground: Weighted split inside the mesh"');
    expect(text).toContain('height="450"');
    const src = /src="([^"]+)"/.exec(text)![1].replace(/&amp;/g, '&');
    expect(src).toMatch(/\?embed=1#v1\//);
    const decoded = decodePermalink(new URL(src).hash);
    expect(decoded.ok && decoded.state.yaml).toBe(scenarios[0].yaml);

    const preview = dialog.frameLocator(`[data-testid="${TEST_IDS.embedPreview}"]`);
    await expect(preview.getByTestId(TEST_IDS.embedApp)).toBeVisible({ timeout: 15_000 });
    await expect(preview.getByTestId(TEST_IDS.embedApp)).toHaveAttribute('data-playing', 'true');

    await dialog.getByLabel('Graph and YAML').check();
    await dialog.getByLabel('Theme').selectOption('dark');
    await expect(snippet).toHaveValue(/\?embed=1&amp;view=split&amp;theme=dark#v1\//);
    await expect(preview.getByTestId(TEST_IDS.embedApp)).toHaveAttribute('data-view', 'split', { timeout: 15_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${SCREENSHOTS}/share-embed-dialog.png` });

    await dialog.getByTestId(TEST_IDS.embedCopy).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
});

test.describe('exports', () => {
  test('graph as PNG and SVG, stats as CSV, YAML down and up, Markdown', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count'))).toBeGreaterThan(10);

    const exportItem = async (id: string) => {
      await page.getByTestId(TEST_IDS.exportButton).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(TEST_IDS.exportItem(id)).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
    };

    const png = await exportItem('png');
    expect(png.name).toBe('seed-graph.png');
    const size = pngSize(png.bytes);
    expect(size.width).toBeGreaterThan(800);
    expect(size.height).toBeGreaterThan(300);
    expect(png.bytes.length).toBeGreaterThan(20_000);

    const svg = await exportItem('svg');
    expect(svg.name).toBe('seed-graph.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^<svg/);
    expect(svgText).toContain('httpping-without-sidecar');
    expect(svgText).toContain('react-flow__node');
    expect(svg.bytes.length).toBeLessThan(2_000_000); // slimmed styles (html-to-image alone writes ~9 MB)

    const csv = await exportItem('csv');
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('section,name,detail,requests,observed_share,expected_share,chance_low,chance_high');
    expect(lines.filter((l) => l.startsWith('subset,'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('pod,'))).toHaveLength(6);

    const yaml = await exportItem('yaml');
    expect(yaml.name).toBe('seed.yaml');
    expect(yaml.bytes.toString('utf8')).toBe(await storeYaml(page));

    await page.getByTestId(TEST_IDS.exportButton).click();
    await page.getByTestId(TEST_IDS.exportItem('markdown')).click();
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toContainText('Markdown');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^\*\*Weighted split inside the mesh\*\*: [\d,]+ requests, seed 1\n\n```yaml\n/);
    expect(markdown).toContain('| Subset | Requests | Observed | Expected |');
    expect(markdown).toMatch(/\[Open in Istio Traffic Playground\]\(http:\/\/127\.0\.0\.1:\d+\/#v1\//);
  });

  test('a YAML file opens by upload or drop, as one undoable edit; a binary file is refused', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    const before = await storeYaml(page);
    const other = scenarios.find((s) => s.id === 'mirroring')!;

    await page.getByTestId(TEST_IDS.yamlFileInput).setInputFiles({ name: 'mirror.yaml', mimeType: 'application/yaml', buffer: Buffer.from(other.yaml.replace(/\n/g, '\r\n')) });
    await expect.poll(() => storeYaml(page)).toBe(other.yaml);
    await expect(playground.scenarioPicker).toHaveValue('mirroring');
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toContainText('Opened “mirror.yaml”');
    await playground.editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => storeYaml(page)).toBe(before);

    const drop = async (name: string, text: string) => {
      const dataTransfer = await page.evaluateHandle(([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], n, { type: 'application/yaml' }));
        return dt;
      }, [name, text] as const);
      await page.dispatchEvent(`[data-testid="${TEST_IDS.graphPanel}"]`, 'dragenter', { dataTransfer });
      await expect(page.getByTestId(TEST_IDS.dropOverlay)).toBeVisible();
      await page.dispatchEvent(`[data-testid="${TEST_IDS.graphPanel}"]`, 'drop', { dataTransfer });
      await expect(page.getByTestId(TEST_IDS.dropOverlay)).toHaveCount(0);
    };
    await drop('dropped.yaml', '# dropped\n' + other.yaml);
    await expect.poll(() => storeYaml(page)).toBe('# dropped\n' + other.yaml);
    await drop('image.png', '\u0089PNG\u0000\u0000');
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toHaveAttribute('data-kind', 'error');
    await expect(page.getByTestId(TEST_IDS.noticeBanner)).toContainText('“image.png” is not a text file');
    expect(await storeYaml(page)).toBe('# dropped\n' + other.yaml);
  });
});
