import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' lets dist/ be served from any sub-path and inside an iframe;
// workers resolve through import.meta.url.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
