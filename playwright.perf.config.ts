import { defineConfig } from '@playwright/test';

// The browser performance spec (e2e/perf/perf.spec.ts, `npm run bench:browser`): kept out of the
// functional suite (playwright.config.ts ignores e2e/perf). It reports numbers to
// test-results/perf.json and fails only when the page errors, never on timing.
// PERF_PORT / PW_DIST as in playwright.config.ts (PW_DIST: serve another build folder).
const port = Number(process.env.PERF_PORT ?? 4210);
const outDir = process.env.PW_DIST ? ` --outDir ${JSON.stringify(process.env.PW_DIST)}` : '';

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
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
