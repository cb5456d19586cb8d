import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH, previewServer } from './playwright.shared.ts';

// The browser performance spec (e2e/perf/perf.spec.ts, `npm run bench:browser`): kept out of the
// functional suite (playwright.config.ts ignores e2e/perf). It reports numbers to
// test-results/perf.json and fails only when the page errors, never on timing.
// PERF_PORT / PW_DIST as in playwright.config.ts (PW_DIST: serve another build folder).
const port = Number(process.env.PERF_PORT ?? 4210);

export default defineConfig({
  testDir: './e2e/perf',
  // Not ./test-results: Playwright empties its output folder, and perf.json is written there.
  outputDir: './test-results/perf-artifacts',
  timeout: 240_000,
  // One test at a time, one browser: timings from a quiet(er) machine.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: previewServer(port, false),
});
