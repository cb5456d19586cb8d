import { existsSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { scenarios } from '../src/scenarios/index.ts';
import { decodePermalink, encodePermalink } from '../src/share/permalink.ts';
import { expect, test } from './fixtures.ts';
import { collectProblems, storeYaml } from './support/shareHelpers.ts';
import { startStaticServer, type StaticServer } from './support/staticServer.ts';
import { TEST_IDS } from './testIds.ts';

const SCREENSHOTS = 'test-results/screenshots';
const DIST = process.env.PW_DIST ?? 'dist';
const example = scenarios.find((s) => s.id === 'no-sidecar-client')!;
const exampleHash = `#${encodePermalink({ yaml: example.yaml, view: { seed: 5 } })}`;

/** A blog post on another origin: text, the embed, then a long article below it. */
function hostPage(src: string, theme: 'light' | 'dark'): string {
  const colours = theme === 'dark' ? 'background:#0d1117;color:#e6edf3' : 'background:#fff;color:#1f2328';
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blog post</title></head>
<body style="margin:0;padding:16px;font-family:system-ui;${colours}">
<h1 style="font-size:20px;margin:0 0 12px">Why my canary got half the traffic</h1>
<iframe id="embed" src="${src.replace(/&/g, '&amp;')}" title="Istio Traffic Playground: ${example.title}" width="700" height="450" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" style="display:block;border:0"></iframe>
<div id="article" style="height:3000px"><p>Lots of text…</p></div>
<script>
  window.__heights = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'itp:height' && typeof event.data.height === 'number') window.__heights.push(event.data.height);
  });
</script>
</body></html>`;
}

async function requestCount(frame: FrameLocator): Promise<number> {
  return Number(await frame.getByTestId(TEST_IDS.embedStats).getAttribute('data-count'));
}

async function expectCountStill(frame: FrameLocator, page: Page): Promise<void> {
  const before = await requestCount(frame);
  await page.waitForTimeout(1200);
  expect(await requestCount(frame)).toBe(before);
}

test.describe('embed mode', () => {
  let host: StaticServer;
  test.beforeAll(async ({ baseURL }) => {
    const app = new URL(baseURL!);
    host = await startStaticServer({
      pages: {
        '/post-light.html': hostPage(`${app.href}?embed=1&autoplay=1&theme=light${exampleHash}`, 'light'),
        '/post-dark.html': hostPage(`${app.href}?embed=1&autoplay=1&theme=dark${exampleHash}`, 'dark'),
      },
    });
  });
  test.afterAll(async () => host?.close());

  test('renders compact in an iframe on another origin, animates, pauses off-screen, opens the playground', async ({ page, context }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${host.origin}/post-light.html`);
    const frame = page.frameLocator('#embed');
    const app = frame.getByTestId(TEST_IDS.embedApp);
    await expect(app).toBeVisible({ timeout: 20_000 });
    await expect(app).toHaveAttribute('data-view', 'graph');
    await expect(app).toHaveAttribute('data-theme', 'light');
    await expect(frame.getByTestId(TEST_IDS.graphNode('pod')).first()).toBeVisible();
    await expect(frame.getByTestId(TEST_IDS.editorPanel)).toHaveCount(0);
    await expect(frame.getByTestId(TEST_IDS.topBar)).toHaveCount(0);

    // Animates: playing, counters climbing, dots drawn.
    await expect(app).toHaveAttribute('data-playing', 'true');
    await expect.poll(() => requestCount(frame), { timeout: 10_000 }).toBeGreaterThan(20);

    // Fits 700×450 without scrolling, and tells the host how tall it wants to be.
    const overflow = await page.frame({ url: /embed=1/ })!.evaluate(() => ({
      y: document.documentElement.scrollHeight - window.innerHeight,
      x: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __heights: number[] }).__heights.at(-1) ?? 0)).toBeGreaterThan(300);
    await page.locator('#embed').screenshot({ path: `${SCREENSHOTS}/embed-700x450-light.png` });

    // Scrolled out of view: paused, nothing counts. Back in view: playing again.
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expect(app).toHaveAttribute('data-playing', 'false');
    await expectCountStill(frame, page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(app).toHaveAttribute('data-playing', 'true');
    const resumedFrom = await requestCount(frame);
    await expect.poll(() => requestCount(frame), { timeout: 10_000 }).toBeGreaterThan(resumedFrom);

    // The reader's pause holds when scrolling away and back.
    await frame.getByTestId(TEST_IDS.embedPlay).click();
    await expect(app).toHaveAttribute('data-playing', 'false');
    await page.evaluate(() => window.scrollTo(0, 2000));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await expect(app).toHaveAttribute('data-playing', 'false');

    // "Open in playground ↗" carries the scenario and opens the full app in a new tab.
    const open = frame.getByTestId(TEST_IDS.embedOpenLink);
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', /noopener/);
    const href = (await open.getAttribute('href'))!;
    expect(href).not.toContain('embed=1');
    const decoded = decodePermalink(new URL(href).hash);
    expect(decoded.ok && decoded.state.yaml).toBe(example.yaml);
    expect(decoded.ok && decoded.state.view.seed).toBe(5);
    const [full] = await Promise.all([context.waitForEvent('page'), open.click()]);
    const problems = collectProblems(full);
    await expect(full.getByTestId(TEST_IDS.topBar)).toBeVisible();
    expect(await storeYaml(full)).toBe(example.yaml);
    await expect(full.getByTestId(TEST_IDS.scenarioPicker)).toHaveValue(example.id);
    expect(problems).toEqual([]);
  });

  test('theme=dark, and a hidden tab pauses too', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${host.origin}/post-dark.html`);
    const frame = page.frameLocator('#embed');
    const app = frame.getByTestId(TEST_IDS.embedApp);
    await expect(app).toHaveAttribute('data-theme', 'dark', { timeout: 20_000 });
    await expect(app).toHaveAttribute('data-playing', 'true');
    await expect.poll(() => requestCount(frame), { timeout: 10_000 }).toBeGreaterThan(20);
    await page.waitForTimeout(500);
    await page.locator('#embed').screenshot({ path: `${SCREENSHOTS}/embed-700x450-dark.png` });

    const embed = page.frame({ url: /embed=1/ })!;
    await embed.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(app).toHaveAttribute('data-playing', 'false');
    await embed.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(app).toHaveAttribute('data-playing', 'true');
  });

  test('view=split shows the YAML read-only; panel=stats the Stats panel', async ({ page, playground }) => {
    await page.setViewportSize({ width: 700, height: 450 });
    await page.goto(`./?embed=1&view=split&panel=stats&autoplay=0${exampleHash}`);
    const app = page.getByTestId(TEST_IDS.embedApp);
    await expect(app).toBeVisible();
    await expect(app).toHaveAttribute('data-view', 'split');
    await expect(app).toHaveAttribute('data-playing', 'false');
    await playground.waitForEditor();
    await expect(page.getByTestId(TEST_IDS.statsPanel)).toBeVisible();
    await playground.focusEditorEnd();
    await playground.insertText('# typed\n');
    expect(await storeYaml(page)).toBe(example.yaml);
    await page.getByTestId(TEST_IDS.embedPlay).click();
    await expect(app).toHaveAttribute('data-playing', 'true');
    await page.screenshot({ path: `${SCREENSHOTS}/embed-split-stats-700x450.png` });
  });
});

test.describe('embed and reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('waits for the play button unless autoplay=1 asks otherwise', async ({ page }) => {
    await page.goto(`./?embed=1${exampleHash}`);
    const app = page.getByTestId(TEST_IDS.embedApp);
    await expect(app).toBeVisible();
    await expect(page.getByTestId(TEST_IDS.graphNode('pod')).first()).toBeVisible();
    await page.waitForTimeout(500);
    await expect(app).toHaveAttribute('data-playing', 'false');
    await page.getByTestId(TEST_IDS.embedPlay).click();
    await expect(app).toHaveAttribute('data-playing', 'true');
    await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.embedStats).getAttribute('data-count'))).toBeGreaterThan(5);
  });
});

test.describe('static site', () => {
  test('the built dist/ works from a sub-path on a plain static server', async ({ page }) => {
    test.skip(!existsSync(`${DIST}/index.html`), `no build in ${DIST}`);
    const server = await startStaticServer({ dir: DIST, mount: '/docs/istio/playground/' });
    try {
      const problems = collectProblems(page);
      await page.goto(`${server.origin}/docs/istio/playground/?example=consistent-hash`);
      await expect(page.getByTestId(TEST_IDS.scenarioPicker)).toHaveValue('consistent-hash');
      await expect(page.getByTestId(TEST_IDS.editorPanel)).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
      await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.statsTotal).getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(10);
      await expect(page.getByTestId(TEST_IDS.graphNode('pod')).first()).toBeVisible();

      await page.goto(`${server.origin}/docs/istio/playground/?embed=1&autoplay=1`);
      await expect(page.getByTestId(TEST_IDS.embedApp)).toHaveAttribute('data-playing', 'true');
      await expect.poll(async () => Number(await page.getByTestId(TEST_IDS.embedStats).getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(10);
      const href = (await page.getByTestId(TEST_IDS.embedOpenLink).getAttribute('href'))!;
      expect(href.startsWith(`${server.origin}/docs/istio/playground/#v1/`)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
