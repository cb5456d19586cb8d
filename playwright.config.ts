import { defineConfig } from '@playwright/test';

// PW_PORT lets two checkouts run their e2e suites side by side; PW_DIST serves another build
// folder than dist/ (e.g. one built with `vite build --outDir`).
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_DIST ? ` --outDir ${JSON.stringify(process.env.PW_DIST)}` : '';

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
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
