import { defineConfig } from 'vitest/config';

/**
 * The browser tests (browser-tests/): the distribution's Chromium driven by playwright-core
 * against a running stack (CONSOLE_URL, KEYCLOAK_URL, DEMO_PASSWORD). Run by the end-to-end
 * suite (e2e ConsoleBrowserEndToEndTests) or by hand with `npm run test:browser`. One scenario at
 * a time: they share the stack's data and two cores with everything else.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['browser-tests/**/*.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    testTimeout: 240_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['verbose'],
  },
});
