/**
 * Browser performance numbers (not a pass/fail timing test): cold load to first graph paint and
 * to Monaco ready, the JavaScript sent before Monaco, edit-to-graph-updated latency for the seed
 * and the large mesh, frame times while animating 200 pods at 1,000 req/s, and main-thread long
 * tasks while animating the seed at full rate. Numbers go to test-results/perf.json and a table
 * on stdout; targets are in bench/README.md ("Browser"). A test fails only when the page errors
 * (uncaught error, console error) or the app never shows what is measured.
 *
 * Run with `npm run bench:browser` (builds first) or `npx playwright test -c playwright.perf.config.ts`.
 * The app marks the moments measured (src/perf/marks.ts): itp:edit (committed text changed),
 * itp:graph-updated (the graph has drawn a new engine revision), itp:first-graph-paint,
 * itp:monaco-ready.
 */
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateLargeMesh } from '../../src/scenarios/generateLargeMesh.ts';
import { seedYaml } from '../../src/scenarios/seed.ts';
import { encodePermalink } from '../../src/share/permalink.ts';
import type { SharedView } from '../../src/share/sharedState.ts';
import { TEST_IDS } from '../../src/ui/testIds.ts';

const DIST = process.env.PW_DIST ?? 'dist';
const OUT = 'test-results/perf.json';
const COLD_LOADS = 5;
const SEED_EDITS = 20;
const LARGE_EDITS = 10;
const ANIMATION_MS = 5_000;
/** Let the first frames, layout and JIT settle before a measuring window. */
const WARM_UP_MS = 2_000;
/** How long the large mesh may take to show its graph before it counts as "not reached". */
const LARGE_PAINT_WAIT_MS = 90_000;

/** The targets (bench/README.md "Browser"). */
const TARGETS = {
  editSeedP95Ms: 50,
  editLargeP95Ms: 250,
  medianFrameMs: 16.7,
  longTasksWhileAnimatingSeed: 0,
  initialJsGzipKb: 250,
  firstGraphPaintMs: 1_000,
};

/** 200 pods in all: 20 Services x 9 pods (v1 5, v2 4) + 20 clients, each sending 50 req/s (1,000 req/s). */
function animationMeshYaml(): string {
  const yaml = generateLargeMesh({ services: 20, podsPerService: 9, virtualServices: 20, destinationRules: 10, namespaces: 10, clients: 20 });
  return yaml.replace(/^  rate: 100$/gm, '  rate: 50');
}

function permalinkPath(yaml: string, view: SharedView = {}): string {
  return `./#${encodePermalink({ yaml, view })}`;
}

// ---------------------------------------------------------------- statistics

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

const round = (n: number, digits = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

function summary(values: number[]) {
  return {
    n: values.length,
    p50: round(quantile(values, 0.5)),
    p95: round(quantile(values, 0.95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

// ---------------------------------------------------------------- page instrumentation

interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  /** The scripts that ran in the frame (Long Animation Frames API), longest first. */
  scripts: { invoker: string; source: string; ms: number }[];
}

interface PerfWindow {
  __perf: {
    longTasks: { start: number; duration: number }[];
    frames: LongFrame[];
    particles: { at: number; count: number }[];
    /** When the worker's answer to a load arrived on the main thread. */
    loaded: { at: number; revision: number }[];
    /** When the analyzer's diagnostics for a revision arrived (they follow the answer). */
    analyzed: { at: number; revision: number }[];
  };
}

/**
 * Before any app script: long tasks and long animation frames from a PerformanceObserver, and
 * the particle batches the engine worker sends (Worker wrapped; the app sees no difference).
 */
function instrument(): void {
  const w = window as unknown as PerfWindow & { Worker: typeof Worker };
  w.__perf = { longTasks: [], frames: [], particles: [], loaded: [], analyzed: [] };
  const observe = (type: string, push: (e: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(push)).observe({ type, buffered: true });
    } catch {
      // Entry type not supported by this browser.
    }
  };
  observe('longtask', (e) => w.__perf.longTasks.push({ start: e.startTime, duration: e.duration }));
  type LoafEntry = PerformanceEntry & { blockingDuration?: number; scripts?: { invoker: string; sourceURL: string; sourceFunctionName: string; duration: number }[] };
  observe('long-animation-frame', (entry) => {
    const e = entry as LoafEntry;
    const scripts = (e.scripts ?? [])
      .map((s) => ({ invoker: s.invoker, source: `${s.sourceFunctionName || '?'} ${s.sourceURL.split('/').pop()}`, ms: Math.round(s.duration) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    w.__perf.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration ?? 0, scripts });
  });
  const NativeWorker = w.Worker;
  w.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: unknown; count?: unknown; revision?: unknown } | null;
        if (data && data.type === 'particles' && typeof data.count === 'number') w.__perf.particles.push({ at: performance.now(), count: data.count });
        if (data && data.type === 'loaded' && typeof data.revision === 'number') w.__perf.loaded.push({ at: performance.now(), revision: data.revision });
        if (data && data.type === 'analyzed' && typeof data.revision === 'number') w.__perf.analyzed.push({ at: performance.now(), revision: data.revision });
      });
    }
  };
}

/** Page errors and console errors: the only way this spec fails. */
function watchErrors(page: Page, into: string[]): void {
  page.on('pageerror', (error) => into.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(`console.error: ${message.text()}`);
  });
  page.on('crash', () => into.push('page crashed'));
}

async function newPerfPage(browser: Browser, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  // A fresh context per page: empty HTTP cache and storage (no autosaved work), i.e. a cold load.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  watchErrors(page, errors);
  return { context, page };
}

/** Waits for a mark to exist; returns its startTime (ms since navigation start). */
async function waitForMark(page: Page, name: string, timeout = 60_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, { timeout, polling: 50 });
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0].startTime, name);
}

/** Like waitForMark, but null when the mark does not come in time (a saturated main thread is a result, not a failure). */
async function markWithin(page: Page, name: string, timeout: number): Promise<number | null> {
  try {
    return await waitForMark(page, name, timeout);
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  }
}

async function storeYaml(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __itp: { yaml(): string } }).__itp.yaml());
}

// ---------------------------------------------------------------- edits through the editor

/**
 * Replaces the first `from` in the document with `to` the way a user would: Monaco's find
 * widget selects the match, Escape closes it (the match stays selected), the new text is typed
 * over it. The store commits it after the commit delay, which marks itp:edit.
 */
async function replaceInEditor(page: Page, from: string, to: string): Promise<void> {
  // A point inside the visible editor (clicking `.view-lines` of a long document scrolls it away).
  await page.getByTestId(TEST_IDS.editorHost).click({ position: { x: 300, y: 60 }, timeout: 10_000 });
  await expect(page.locator('.monaco-editor textarea.inputarea').first()).toBeFocused({ timeout: 10_000 });
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+F');
  const findInput = page.locator('.find-widget textarea').first();
  await expect(findInput).toBeFocused({ timeout: 10_000 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(from);
  await expect(page.locator('.find-widget .matchesCount')).not.toHaveText(/No results/);
  await page.keyboard.press('Escape');
  await page.keyboard.insertText(to);
  await expect.poll(() => storeYaml(page)).toContain(to);
}

interface EditTiming {
  /** itp:edit -> itp:graph-updated. */
  total: number;
  /** itp:edit -> the worker's 'loaded' answer arrives (worker compile, topology, messaging). */
  engine: number;
  /** The answer arrives -> itp:graph-updated (store, React, React Flow, the frame). */
  render: number;
}

/** One edit: committed text to the graph showing the engine's answer (itp:edit -> itp:graph-updated). */
async function timedEdit(page: Page, from: string, to: string): Promise<EditTiming> {
  const before = await page.evaluate(() => performance.getEntriesByName('itp:edit', 'mark').length);
  await replaceInEditor(page, from, to);
  await page.waitForFunction((n) => {
    const edits = performance.getEntriesByName('itp:edit', 'mark');
    if (edits.length <= n) return false;
    const last = edits[edits.length - 1].startTime;
    return performance.getEntriesByName('itp:graph-updated', 'mark').some((m) => m.startTime > last);
  }, before, { timeout: 30_000, polling: 20 });
  return page.evaluate(() => {
    const edits = performance.getEntriesByName('itp:edit', 'mark');
    const last = edits[edits.length - 1].startTime;
    const graph = performance.getEntriesByName('itp:graph-updated', 'mark').find((m) => m.startTime > last)!;
    const loaded = (window as unknown as PerfWindow).__perf.loaded.find((l) => l.at > last && l.at <= graph.startTime);
    const engine = loaded ? loaded.at - last : NaN;
    return { total: graph.startTime - last, engine, render: graph.startTime - last - engine };
  });
}

function editSummary(timings: EditTiming[]) {
  return {
    latencyMs: summary(timings.map((t) => t.total)),
    engineMs: summary(timings.map((t) => t.engine)),
    renderMs: summary(timings.map((t) => t.render)),
    raw: timings.map((t) => ({ total: round(t.total), engine: round(t.engine), render: round(t.render) })),
  };
}

// ---------------------------------------------------------------- animation window

interface AnimationWindow {
  frameMs: number[];
  longTasks: { start: number; duration: number }[];
  longFrames: LongFrame[];
  particles: number;
  seconds: number;
}

/** The promise's value, or null when it takes longer than `ms` (an unresponsive page is a result, not a failure). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * rAF deltas over `ms`, and the long tasks, long animation frames and particles in that window;
 * null when the page does not finish the window within 30 s more (its main thread cannot keep up).
 */
async function animate(page: Page, ms: number): Promise<AnimationWindow | null> {
  return within(animateWindow(page, ms), ms + 30_000);
}

async function animateWindow(page: Page, ms: number): Promise<AnimationWindow> {
  return page.evaluate(async (duration) => {
    const perf = (window as unknown as PerfWindow).__perf;
    const frameMs: number[] = [];
    const t0 = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    let last = t0;
    await new Promise<void>((resolve) => {
      const tick = (t: number) => {
        frameMs.push(t - last);
        last = t;
        if (t - t0 >= duration) resolve();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // Observer callbacks for the last tasks arrive a moment later.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const inWindow = (e: { start: number; duration: number }) => e.start + e.duration >= t0 && e.start <= last;
    return {
      frameMs,
      longTasks: perf.longTasks.filter(inWindow),
      longFrames: perf.frames.filter(inWindow),
      particles: perf.particles.filter((p) => p.at >= t0 && p.at <= last).reduce((sum, p) => sum + p.count, 0),
      seconds: (last - t0) / 1000,
    };
  }, ms);
}

function animationSummary(w: AnimationWindow) {
  const frames = summary(w.frameMs);
  return {
    seconds: round(w.seconds, 2),
    frames: w.frameMs.length,
    fps: round(w.frameMs.length / w.seconds),
    frameMs: { ...frames, p99: round(quantile(w.frameMs, 0.99)) },
    framesOver16_7Ms: w.frameMs.filter((d) => d > 16.7 + 0.5).length,
    framesOver33Ms: w.frameMs.filter((d) => d > 33.4).length,
    particlesPerSec: round(w.particles / w.seconds),
    longTasks: w.longTasks.length,
    longestTaskMs: round(Math.max(0, ...w.longTasks.map((t) => t.duration))),
    longTaskMs: w.longTasks.map((t) => round(t.duration)),
    // Share of the window spent in tasks over 50 ms (a lower bound of how busy the main thread is).
    longTaskShare: round(w.longTasks.reduce((sum, t) => sum + t.duration, 0) / (w.seconds * 1000), 2),
    longAnimationFrames: w.longFrames.length,
    // Script time in long animation frames by what started it (Worker.onmessage: a worker message, e.g. a stats tick;
    // FrameRequestCallback: requestAnimationFrame, e.g. the particle canvas).
    longFrameScriptMsByInvoker: Object.fromEntries(Object.entries(w.longFrames.flatMap((f) => f.scripts).reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.invoker]: (acc[x.invoker] ?? 0) + x.ms }), {})).sort((a, b) => b[1] - a[1])),
    longestAnimationFrameMs: round(Math.max(0, ...w.longFrames.map((f) => f.duration))),
    // Frames over 100 ms with the scripts that ran in them: where the long tasks come from.
    longAnimationFrameScripts: w.longFrames.filter((f) => f.duration > 100).slice(0, 10).map((f) => ({ ms: round(f.duration), blockingMs: round(f.blocking), scripts: f.scripts })),
  };
}

// ---------------------------------------------------------------- the report

const results: Record<string, unknown> = {
  when: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageAtStart: loadavg().map((l) => round(l, 2)) },
  targets: TARGETS,
};

function gzipKb(file: string): number {
  return round(gzipSync(readFileSync(file)).length / 1024);
}

/** The built files behind the JS requested before Monaco, with their gzip sizes. */
function distSizes(names: string[]) {
  return names.map((name) => {
    const file = join(DIST, 'assets', name);
    return { file: name, rawKb: round(statSync(file).size / 1024), gzipKb: gzipKb(file) };
  });
}

function entryChunk(): string {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const src = /<script[^>]+type="module"[^>]+src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`no module script in ${DIST}/index.html`);
  return basename(src);
}

type Row = [figure: string, measured: string, target: string, met: string];

function table(rows: Row[]): string {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['figure', 'measured', 'target', 'met'][i].length));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(['figure', 'measured', 'target', 'met']), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function verdict(value: unknown, target: number): string {
  return typeof value === 'number' && Number.isFinite(value) ? (value <= target ? 'yes' : 'NO') : '—';
}

test.describe.configure({ mode: 'serial' });

test.afterAll(() => {
  results.loadAverageAtEnd = loadavg().map((l) => round(l, 2));
  mkdirSync('test-results', { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  const r = results as Record<string, Record<string, any>>;
  const ms = (v: unknown) => (typeof v === 'number' ? `${v} ms` : typeof v === 'string' ? v : '—');
  const rows: Row[] = [
    ['first graph paint (median of 5 cold loads)', ms(r.coldLoad?.firstGraphPaintMs?.p50), `≤ ${TARGETS.firstGraphPaintMs} ms`, verdict(r.coldLoad?.firstGraphPaintMs?.p50, TARGETS.firstGraphPaintMs)],
    ['Monaco ready (median of 5 cold loads)', ms(r.coldLoad?.monacoReadyMs?.p50), '—', ''],
    ['problems known (analyzer answered, median)', ms(r.coldLoad?.problemsKnownMs?.p50), '—', ''],
    ['entry chunk, gzip', `${r.initialJs?.entryGzipKb ?? '—'} KB`, `≤ ${TARGETS.initialJsGzipKb} KB`, verdict(r.initialJs?.entryGzipKb, TARGETS.initialJsGzipKb)],
    ['entry + engine worker (all JS before Monaco), gzip', `${r.initialJs?.beforeMonacoGzipKb ?? '—'} KB`, `≤ ${TARGETS.initialJsGzipKb} KB`, verdict(r.initialJs?.beforeMonacoGzipKb, TARGETS.initialJsGzipKb)],
    ['  app chunks loaded after Monaco starts (analyzer, RE2, tabs…), gzip', `${round(((r.initialJs?.afterMonaco ?? []) as { file: string; gzipKb: number }[]).filter((f) => !/^(YamlEditor-|yaml\.worker-|editor\.worker-)/.test(f.file)).reduce((sum, f) => sum + f.gzipKb, 0))} KB`, '—', ''],
    ['edit → graph updated, seed p50 / p95', `${r.editSeed?.latencyMs?.p50 ?? '—'} / ${r.editSeed?.latencyMs?.p95 ?? '—'} ms`, `p95 ≤ ${TARGETS.editSeedP95Ms} ms`, verdict(r.editSeed?.latencyMs?.p95, TARGETS.editSeedP95Ms)],
    ['edit → graph updated, large (paused) p50 / p95', `${r.editLarge?.latencyMs?.p50 ?? '—'} / ${r.editLarge?.latencyMs?.p95 ?? '—'} ms`, `p95 ≤ ${TARGETS.editLargeP95Ms} ms`, verdict(r.editLarge?.latencyMs?.p95, TARGETS.editLargeP95Ms)],
    ['large mesh playing: first graph paint / Monaco ready', `${ms(r.largePlaying?.firstGraphPaintMs)} / ${ms(r.largePlaying?.monacoReadyMs)}`, '—', ''],
    ['large mesh playing: median frame, long tasks in 5 s', `${ms(r.largePlaying?.frameMs?.p50)}, ${r.largePlaying?.longTasks ?? '—'}`, `≤ ${TARGETS.medianFrameMs} ms`, verdict(r.largePlaying?.frameMs?.p50, TARGETS.medianFrameMs)],
    ['frame time, 200 pods at 1,000 req/s, median', ms(r.animation200Pods?.frameMs?.p50), `≤ ${TARGETS.medianFrameMs} ms`, verdict(r.animation200Pods?.frameMs?.p50, TARGETS.medianFrameMs)],
    ['  particles/s drawn (sampled by the worker)', String(r.animation200Pods?.particlesPerSec ?? '—'), '(1,000 offered)', ''],
    ['frame time, seed at 4x, median', ms(r.animationSeed?.frameMs?.p50), `≤ ${TARGETS.medianFrameMs} ms`, verdict(r.animationSeed?.frameMs?.p50, TARGETS.medianFrameMs)],
    ['long tasks > 50 ms animating the seed at 4x', String(r.animationSeed?.longTasks ?? '—'), '0', verdict(r.animationSeed?.longTasks, 0)],
  ];
  results.table = rows.map(([figure, measured, target, met]) => ({ figure, measured, target, met }));
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${table(rows)}\n\nwritten to ${OUT}\n`);
});

test('cold load: first graph paint, Monaco ready, JavaScript before Monaco', async ({ browser }) => {
  const errors: string[] = [];
  const loads: Record<string, number>[] = [];
  let js: { name: string; type: string; startTime: number; transferSize: number; encodedBodySize: number; decodedBodySize: number }[] = [];
  let requested: string[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const { context, page } = await newPerfPage(browser, errors);
    const order: string[] = [];
    page.on('request', (request) => {
      if (/\.js(\?|$)/.test(request.url())) order.push(basename(new URL(request.url()).pathname));
    });
    await page.goto('./?example=seed');
    const firstGraphPaint = await waitForMark(page, 'itp:first-graph-paint');
    const monacoReady = await waitForMark(page, 'itp:monaco-ready');
    await page.waitForFunction(() => (window as unknown as PerfWindow).__perf.analyzed.length > 0, undefined, { timeout: 30_000 });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const firstAnswer = (window as unknown as PerfWindow).__perf.loaded[0]?.at ?? NaN;
      const problemsKnown = (window as unknown as PerfWindow).__perf.analyzed[0]?.at ?? NaN;
      const firstEdit = performance.getEntriesByName('itp:edit', 'mark')[0]?.startTime ?? NaN;
      return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, firstContentfulPaint: fcp, scenarioLoaded: firstEdit, engineFirstAnswer: firstAnswer, problemsKnown };
    });
    loads.push({ firstGraphPaint, monacoReady, ...timing });
    if (i === 0) {
      js = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => /\.js(\?|$)/.test(e.name))
        .map((e) => ({ name: new URL(e.name).pathname.split('/').pop()!, type: e.initiatorType, startTime: e.startTime, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize })));
      requested = order;
    }
    await context.close();
  }
  expect(errors, 'page errors and console errors').toEqual([]);

  // "Before Monaco": every JS file requested before the lazy editor chunk (YamlEditor-*.js).
  const monacoAt = requested.findIndex((n) => n.startsWith('YamlEditor-'));
  const beforeMonaco = monacoAt >= 0 ? requested.slice(0, monacoAt) : requested;
  const entry = entryChunk();
  const sizes = distSizes([...new Set(beforeMonaco)]);
  const byName = new Map(js.map((e) => [e.name, e]));
  results.coldLoad = {
    loads: COLD_LOADS,
    url: '?example=seed',
    firstGraphPaintMs: summary(loads.map((l) => l.firstGraphPaint)),
    monacoReadyMs: summary(loads.map((l) => l.monacoReady)),
    firstContentfulPaintMs: summary(loads.map((l) => l.firstContentfulPaint)),
    domContentLoadedMs: summary(loads.map((l) => l.domContentLoaded)),
    loadEventMs: summary(loads.map((l) => l.load)),
    // The scenario text committed at startup (main.tsx ran), and the engine worker's first answer.
    scenarioLoadedMs: summary(loads.map((l) => l.scenarioLoaded)),
    engineFirstAnswerMs: summary(loads.map((l) => l.engineFirstAnswer)),
    // The analyzer (and RE2) load after the first answer; the Problems tab says "Checking…" until then.
    problemsKnownMs: summary(loads.map((l) => l.problemsKnown)),
    raw: loads.map((l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, round(v)]))),
  };
  results.initialJs = {
    entryChunk: entry,
    entryGzipKb: gzipKb(join(DIST, 'assets', entry)),
    entryRawKb: round(statSync(join(DIST, 'assets', entry)).size / 1024),
    beforeMonaco: sizes.map((s) => ({ ...s, transferredKb: round((byName.get(s.file)?.transferSize ?? NaN) / 1024), resourceTimingType: byName.get(s.file)?.type ?? 'not in the page timeline (worker)' })),
    beforeMonacoGzipKb: round(sizes.reduce((sum, s) => sum + s.gzipKb, 0)),
    beforeMonacoRawKb: round(sizes.reduce((sum, s) => sum + s.rawKb, 0)),
    // What the page's resource timing saw arrive before itp:monaco-ready (includes Monaco itself).
    transferredBeforeMonacoReadyKb: round(js.filter((e) => e.startTime < loads[0].monacoReady).reduce((sum, e) => sum + e.transferSize, 0) / 1024),
    // Loaded lazily once Monaco is on its way: the editor, analyzer, RE2, tabs, YAML tools.
    afterMonaco: distSizes([...new Set(monacoAt >= 0 ? requested.slice(monacoAt) : [])].filter((n) => existsSync(join(DIST, 'assets', n)))),
    requestOrder: requested,
    note: 'KB = 1,024 bytes. gzipKb: zlib (default level) of the built file; transferredKb: Resource Timing transferSize from vite preview, which compresses',
  };
});

test('edit to graph updated: seed', async ({ browser }) => {
  const errors: string[] = [];
  const { context, page } = await newPerfPage(browser, errors);
  await page.goto('./?example=seed');
  await waitForMark(page, 'itp:first-graph-paint');
  await waitForMark(page, 'itp:monaco-ready');
  expect(await storeYaml(page)).toBe(seedYaml);
  await page.waitForTimeout(WARM_UP_MS);
  const latencies: EditTiming[] = [];
  // v1's weight 10 -> 11 -> ... -> 30: each edit changes the split the graph shows.
  for (let i = 0; i < SEED_EDITS; i++) {
    latencies.push(await timedEdit(page, `weight: ${10 + i}`, `weight: ${11 + i}`));
    await page.waitForTimeout(250);
  }
  await context.close();
  expect(errors, 'page errors and console errors').toEqual([]);
  results.editSeed = { edits: SEED_EDITS, ...editSummary(latencies) };
});

test('large mesh while playing: first paint, editor, main thread', async ({ browser }) => {
  const errors: string[] = [];
  const { context, page } = await newPerfPage(browser, errors);
  const yaml = generateLargeMesh();
  await page.goto(permalinkPath(yaml, { playing: true }));
  const firstGraphPaint = await markWithin(page, 'itp:first-graph-paint', LARGE_PAINT_WAIT_MS);
  const monacoReady = firstGraphPaint === null ? null : await markWithin(page, 'itp:monaco-ready', 30_000);
  const anim = firstGraphPaint === null ? null : await animate(page, ANIMATION_MS);
  await context.close();
  expect(errors, 'page errors and console errors').toEqual([]);
  results.largePlaying = {
    scenario: 'generateLargeMesh() defaults (1,000 backend pods), playing at 1x (400 req/s)',
    firstGraphPaintMs: firstGraphPaint === null ? `not within ${LARGE_PAINT_WAIT_MS / 1000} s` : round(firstGraphPaint),
    monacoReadyMs: monacoReady === null ? 'not within 30 s of the first graph paint' : round(monacoReady),
    ...(anim ? animationSummary(anim) : { animation: firstGraphPaint === null ? 'not measured' : `the ${ANIMATION_MS / 1000} s window did not finish within ${ANIMATION_MS / 1000 + 30} s: the main thread cannot keep up (page unresponsive)` }),
  };
});

test('edit to graph updated: large mesh (paused)', async ({ browser }) => {
  const errors: string[] = [];
  const { context, page } = await newPerfPage(browser, errors);
  const yaml = generateLargeMesh();
  // Paused: while it plays, the per-tick graph rebuild keeps the main thread busy (see the test above).
  const link = permalinkPath(yaml, { playing: false });
  await page.goto(link);
  const firstGraphPaint = await markWithin(page, 'itp:first-graph-paint', LARGE_PAINT_WAIT_MS);
  const monacoReady = await markWithin(page, 'itp:monaco-ready', 60_000);
  const base = { edits: LARGE_EDITS, playing: false, yamlBytes: yaml.length, permalinkChars: link.length, firstGraphPaintMs: firstGraphPaint === null ? null : round(firstGraphPaint), monacoReadyMs: monacoReady === null ? null : round(monacoReady) };
  if (firstGraphPaint === null || monacoReady === null) {
    results.editLarge = { ...base, latencyMs: null, note: 'the graph or the editor did not appear in time: no edits measured' };
  } else {
    expect(await storeYaml(page)).toBe(yaml);
    const graph = await page.evaluate(() => (performance.getEntriesByName('itp:graph-updated', 'mark')[0] as PerformanceMark).detail as Record<string, number>);
    await page.waitForTimeout(WARM_UP_MS);
    const latencies: EditTiming[] = [];
    // The first weighted default route (svc-000: v1 90 / v2 10): v1's 90 -> 61 -> 62 -> ...
    let current = 'weight: 90';
    let unfinished: string | undefined;
    for (let i = 0; i < LARGE_EDITS && !unfinished; i++) {
      const next = `weight: ${61 + i}`;
      const timing = await within(timedEdit(page, current, next), 60_000);
      if (timing) latencies.push(timing);
      else unfinished = `edit ${i + 1} did not reach the graph within 60 s`;
      current = next;
      await page.waitForTimeout(500);
    }
    results.editLarge = { ...base, graph, ...editSummary(latencies), ...(unfinished ? { note: unfinished } : {}) };
  }
  await context.close();
  expect(errors, 'page errors and console errors').toEqual([]);
});

test('animation: 200 pods, 1,000 req/s', async ({ browser }) => {
  const errors: string[] = [];
  const { context, page } = await newPerfPage(browser, errors);
  const yaml = animationMeshYaml();
  await page.goto(permalinkPath(yaml, { speed: 1, playing: true }));
  const firstGraphPaint = await markWithin(page, 'itp:first-graph-paint', LARGE_PAINT_WAIT_MS);
  if (firstGraphPaint === null) {
    results.animation200Pods = { note: `the graph did not appear within ${LARGE_PAINT_WAIT_MS / 1000} s` };
    await context.close();
    expect(errors, 'page errors and console errors').toEqual([]);
    return;
  }
  await waitForMark(page, 'itp:monaco-ready', 60_000);
  const graph = await page.evaluate(() => (performance.getEntriesByName('itp:graph-updated', 'mark')[0] as PerformanceMark).detail as Record<string, number>);
  await page.waitForTimeout(WARM_UP_MS);
  const anim = await animate(page, ANIMATION_MS);
  await context.close();
  expect(errors, 'page errors and console errors').toEqual([]);
  results.animation200Pods = { scenario: 'generateLargeMesh 20 Services x 9 pods + 20 clients at 50 req/s', requestsPerSec: 1000, firstGraphPaintMs: round(firstGraphPaint), graph, ...(anim ? animationSummary(anim) : { animation: 'the window did not finish: page unresponsive' }) };
});

test('animation: seed at full rate (4x), long tasks', async ({ browser }) => {
  const errors: string[] = [];
  const { context, page } = await newPerfPage(browser, errors);
  await page.goto(permalinkPath(seedYaml, { speed: 4, playing: true }));
  await waitForMark(page, 'itp:first-graph-paint');
  await waitForMark(page, 'itp:monaco-ready');
  await page.waitForTimeout(WARM_UP_MS);
  const anim = await animate(page, ANIMATION_MS);
  await context.close();
  expect(errors, 'page errors and console errors').toEqual([]);
  results.animationSeed = { scenario: 'seed, speed 4x (20 req/s x 4; the sampler draws at most 60 dots/s per client)', ...(anim ? animationSummary(anim) : { animation: 'the window did not finish: page unresponsive' }) };
});
