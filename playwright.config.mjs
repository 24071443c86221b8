// The browser specs (test/browser/*.test.mjs, see test/browser/README.md) under @playwright/test,
// driving Debian's Chromium: Playwright downloads no browser here.
//
//   npm run build && npm run test:browser
//   npx playwright test reader -g "hostile"        # one file, tests whose title matches

import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH, TIMEOUT } from './test/browser/harness.mjs';

const CI = process.env.CI === 'true' || process.env.CI === '1';

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '*.test.mjs',
  // Per-test folders (failure screenshots, traces, error context) under test-results/, apart
  // from the data sets and builds the specs write there themselves.
  outputDir: 'test-results/playwright',
  // One worker: the specs build, serve and run Chromium on a 2-CPU machine, and their long-task
  // and timing checks would measure each other. Tests in a file run in order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: CI,
  // Specs set their own (test.describe.configure) for their slow pages; setup hooks that build
  // set theirs with test.setTimeout.
  timeout: 60_000,
  expect: { timeout: TIMEOUT },
  reporter: [['list', { printSteps: false }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: CHROMIUM_LAUNCH,
    // What the `withPage` fixture's contexts get too (harness.mjs newPage), for a spec that
    // takes Playwright's own `page`.
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    serviceWorkers: 'block',
    actionTimeout: TIMEOUT,
    navigationTimeout: Math.max(TIMEOUT, 15_000),
    // Kept for failed tests only, in the test's folder under test-results/playwright/.
    screenshot: { mode: 'only-on-failure', fullPage: true },
    trace: 'retain-on-failure',
  },
});
