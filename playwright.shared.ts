// What both Playwright configs (functional e2e, browser perf spec) share: Debian's Chromium with
// the flags this machine needs (Playwright cannot download browsers here), and `vite preview`
// of the build (PW_DIST: another build folder than dist/, e.g. one built with --outDir).
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export function previewServer(port: number, reuseExistingServer: boolean) {
  const outDir = process.env.PW_DIST ? ` --outDir ${JSON.stringify(process.env.PW_DIST)}` : '';
  return {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer,
  };
}
