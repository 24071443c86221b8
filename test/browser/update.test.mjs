// A new version deployed while a reader has the portal open (issue 12): they are offered
// "Có phiên bản mới — Tải lại" instead of being switched mid-page, the button switches, and a
// lone tab that simply reloads gets the new version too. Two real builds; the server swaps
// which one it serves on the same port (a service worker belongs to one origin).

import assert from 'node:assert/strict';
import { fixtureApi } from './fixture-api.mjs';
import { fileSetup, test } from './fixtures.mjs';
import { newPage, waitUntil, waitVisible } from './harness.mjs';
import { restartableServer, viteBuild, waitForServiceWorker } from './offline-helpers.mjs';

const A = 'test-results/dist-version-a';
const B = 'test-results/dist-version-b';
test.describe.configure({ timeout: 90_000 });

let apiDir;
fileSetup(async () => {
  await viteBuild(A);
  await viteBuild(B, ['--config', 'test/browser/version-b.vite.config.mjs']);
  apiDir = await fixtureApi();
});

const version = (page) =>
  page.evaluate(
    () => document.querySelector('meta[name="portal-version"]')?.getAttribute('content') ?? 'a',
  );

const deployed = test.extend({
  /** Version A open and controlled by its worker; then B deployed and its worker waiting. */
  page: async ({ browser }, use) => {
    const server = await restartableServer({ root: A, apiDir });
    try {
      const page = await newPage(browser, { serviceWorkers: 'allow' });
      try {
        await page.goto(server.url);
        await waitVisible(page.getByRole('heading', { level: 1 }));
        await waitForServiceWorker(page);
        assert.equal(await version(page), 'a');

        await server.stop();
        await server.start({ root: B });
        // Browsers look for a new sw.js on navigations and hourly; ask now.
        await page.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((r) => r?.update()),
        );
        await waitUntil(
          () =>
            page.evaluate(() =>
              navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting),
            ),
          { timeout: 15_000, message: 'version B never installed' },
        );
        await use(page);
      } finally {
        await page.context().close();
      }
    } finally {
      await server.stop();
    }
  },
});

test.describe('a new version', () => {
  deployed('is offered, not forced, and "Tải lại" switches to it', async ({ page }) => {
    const prompt = await waitVisible(
      page.getByRole('status').filter({ hasText: 'Có phiên bản mới' }),
    );
    await page.waitForTimeout(500);
    assert.equal(await version(page), 'a', 'still reading version A until the reader agrees');
    assert.ok(
      await page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting),
      ),
      'version B waits for the reader instead of taking over',
    );
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Tải lại' }).click(),
    ]);
    await waitUntil(async () => (await version(page)) === 'b', { message: 'not on version B' });
    await waitVisible(page.getByRole('heading', { level: 1 }));
    assert.equal(await page.getByText('Có phiên bản mới').count(), 0);
  });

  deployed('reaches a reader who reloads the only tab, without the prompt', async ({ page }) => {
    await page.reload();
    await waitVisible(page.getByRole('heading', { level: 1 }));
    assert.equal(await version(page), 'b');
  });
});
