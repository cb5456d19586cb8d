import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The production build's Content-Security-Policy (README "Security"): scripts and workers from
 * our own origin only, no inline script, no eval; inline styles are allowed because Monaco and
 * React Flow set element styles at run time. `frame-ancestors` cannot be set from a meta tag
 * (and embedding is wanted); a host that wants to forbid framing sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP meta tag first in <head>, in the build only (the dev server injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'itp-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<meta charset="UTF-8" \/>/, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

// base './' lets dist/ be served from any sub-path and inside an iframe;
// workers resolve through import.meta.url.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // Every module the entry imports statically goes into the entry chunk. Without this rule,
      // Rolldown 1.2 now and then moves some of them (React, the store) into shared chunks that
      // the entry imports, depending on which lazy chunks exist: the page loads the same code in
      // more requests, and index-*.js no longer measures the JavaScript a page starts with.
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
      // React Flow wraps its components in memo(...) without a pure annotation: without this, the
      // unused ones (MiniMap, Controls, Background, NodeResizer) stay in the entry chunk.
      treeshake: { manualPureFunctions: ['memo', 'forwardRef', 'fixedForwardRef'] },
    },
  },
});
