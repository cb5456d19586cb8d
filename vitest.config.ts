import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'conformance/**/*.test.ts'],
    environment: 'node',
    // Unit tests import engine modules directly, not through engine/index.ts: give them RE2 too.
    setupFiles: ['src/engine/regex/provideRe2.ts'],
  },
});
