import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH, previewServer } from './playwright.shared.ts';

// PW_PORT lets two checkouts run their e2e suites side by side; PW_DIST serves another build
// folder than dist/ (e.g. one built with `vite build --outDir`).
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  testIgnore: ['**/perf/**'],
  outputDir: './test-results',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: previewServer(port, !process.env.CI),
});
