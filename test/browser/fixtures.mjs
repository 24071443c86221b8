// The runner's side of the browser specs (@playwright/test): the `test` every spec imports, its
// fixtures, and `browserSuite()`, the per-file static server. Page plumbing is in harness.mjs.
//
//   import { browserSuite, test } from './fixtures.mjs';
//   const suite = browserSuite();               // one server for the file (beforeAll/afterAll)
//   test('…', ({ withPage }) => withPage({ width: 360 }, async (page) => { … }));
//
// Chromium itself is Playwright's worker-scoped `browser` fixture, launched with the options in
// playwright.config.mjs (Debian's /usr/bin/chromium or CHROMIUM_PATH).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { startServer } from '../../deploy/serve.mjs';
import { fixtureApi } from './fixture-api.mjs';
import { expectNoViolations, newPage, REPO_ROOT, takeUncheckedPages } from './harness.mjs';

export const test = base.extend({
  /** The file's `browserSuite()` or `fileSetup()`, if it has one: they set this (`test.use`). */
  suite: [undefined, { option: true }],

  /**
   * Around every test, whether or not it asked for a page: its file's suite must have started
   * (a setup error fails each test with that error, instead of leaving them unrun), and after
   * it every page opened during it — by `withPage` or by a spec's own helper calling `newPage` —
   * must have no security policy violation, unless opened with `allowViolations`.
   */
  _policy: [
    async ({ suite }, use) => {
      suite?.ready();
      takeUncheckedPages();
      await use(undefined);
      for (const page of takeUncheckedPages()) expectNoViolations(page);
    },
    { auto: true },
  ],

  /**
   * `withPage(options, fn)`: `fn(page)` in a fresh context of the `browser` fixture with the
   * harness's options (`newPage`: viewport width/height, locale vi-VN, timezoneId,
   * javaScriptEnabled, serviceWorkers 'block', allowViolations), its base URL the suite's.
   * Violations are checked as soon as `fn` returns; the context closes after the test, once
   * Playwright has taken its failure screenshot.
   */
  withPage: async ({ browser, suite }, use) => {
    const contexts = [];
    await use(async (options, fn) => {
      const page = await newPage(browser, { baseURL: suite?.baseURL, ...options });
      contexts.push(page.context());
      const result = await fn(page);
      expectNoViolations(page);
      return result;
    });
    await Promise.all(contexts.map((context) => context.close().catch(() => {})));
  },
});

/** A line for the report (the list reporter prints it) and an annotation on the test. */
export function note(text) {
  test.info().annotations.push({ type: 'note', description: text });
  console.log(`  ${text}`);
}

/**
 * `fn` as the file's setup (a `beforeAll`, with `timeout`): builds, data sets, servers. A failing
 * `beforeAll` would fail the first test and leave the others unrun, so its error is kept and
 * thrown by the `_policy` fixture before each test instead: every test fails with it. Call at
 * the top level of the spec file; returns `target` with `ready()` and `setupError`.
 */
export function fileSetup(fn, { timeout = 300_000, target = {} } = {}) {
  const setup = Object.assign(target, {
    /** @type {Error | undefined} what went wrong in the setup, if anything */
    setupError: undefined,
    /** Throws the setup error (if any) so the calling test fails with it. */
    ready() {
      if (setup.setupError) {
        throw new Error(`browser suite setup failed: ${setup.setupError.message}`, {
          cause: setup.setupError,
        });
      }
    },
  });
  test.use({ suite: setup });
  test.beforeAll(async () => {
    test.setTimeout(timeout);
    try {
      await fn();
    } catch (error) {
      setup.setupError = error;
    }
  });
  return setup;
}

/**
 * One static server for the whole spec file, started in `beforeAll` (`fileSetup`) and stopped
 * in `afterAll`. Call at the top level of the spec file.
 *
 * @param {{ root?: string, apiDir?: string | (() => Promise<string>), base?: string,
 *   prepare?: () => Promise<unknown> }} [options]
 *   apiDir defaults to `await fixtureApi()` (PORTAL_API_DIR, the generated browser fixture, or
 *   dist/api); a function is awaited in the setup (a folder a spec builds itself). `prepare`
 *   is awaited first (a build of `root` the spec makes itself).
 */
export function browserSuite({ root = 'dist', apiDir, base = '/', prepare } = {}) {
  const suite = {
    server: undefined,
    apiDir: undefined,
    /** Server URL with base, e.g. http://127.0.0.1:40123/ */
    baseURL: undefined,
    /** Absolute URL of an app path such as '/categories/x?page=2' (honours `base`). */
    url(p = '/') {
      return new URL(p.replace(/^\//, ''), suite.baseURL).href;
    },
  };

  fileSetup(
    async () => {
      await prepare?.();
      // A spec may build its own data set: a function is called here, in the suite's setup.
      suite.apiDir =
        typeof apiDir === 'function' ? await apiDir() : (apiDir ?? (await fixtureApi()));
      if (!existsSync(path.join(suite.apiDir, 'site.json'))) {
        throw new Error(
          `No API data in ${suite.apiDir} (site.json missing). Set PORTAL_API_DIR, add the ` +
            'browser fixture generator, or put sample data in public/api and rebuild.',
        );
      }
      if (!existsSync(path.join(REPO_ROOT, root, 'index.html'))) {
        throw new Error(`No ${root}/index.html: run \`npm run build\` first.`);
      }
      suite.server = await startServer({ root, apiDir: suite.apiDir, base, port: 0 });
      suite.baseURL = suite.server.url;
    },
    { target: suite },
  );

  test.afterAll(async () => {
    await suite.server?.close();
  });

  return suite;
}
