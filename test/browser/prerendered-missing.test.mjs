// A portal published before its directory exists (contract: contacts.json may be missing):
// build:pages draws every page with the directory's place saying so, and the browser takes
// those pages over as drawn, without a mismatch or asking again for the file it knows is missing.

import assert from 'node:assert/strict';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fixtureApi } from './fixture-api.mjs';
import { browserSuite, test } from './fixtures.mjs';
import {
  consoleErrors,
  expectNoPageErrors,
  REPO_ROOT,
  takenOver,
  waitVisible,
} from './harness.mjs';
import { prerenderedBuild } from './pages-fixture.mjs';

test.describe.configure({ timeout: 90_000 });

const suite = browserSuite({
  root: 'test-results/prerendered-no-contacts',
  apiDir: async () => {
    const api = path.join(REPO_ROOT, 'test-results', 'no-contacts-api');
    await rm(api, { recursive: true, force: true });
    await cp(await fixtureApi(), api, { recursive: true });
    await rm(path.join(api, 'contacts.json'));
    await prerenderedBuild(api, 'prerendered-no-contacts');
    return api;
  },
});

test.describe('a published portal without contacts.json', () => {
  for (const url of ['/contacts', '/']) {
    test(`${url}: drawn saying the directory is missing, taken over as drawn`, ({ withPage }) =>
      withPage({}, async (page) => {
        const asked = [];
        page.on('request', (r) => {
          if (new URL(r.url()).pathname.endsWith('/api/contacts.json')) asked.push(r.url());
        });
        await page.goto(suite.url(url));
        await waitVisible(page.getByText(/Chưa có (danh bạ|danh sách đường dây nóng)/).first());
        await takenOver(page);
        await page.waitForLoadState('networkidle').catch(() => {});
        expectNoPageErrors(page);
        assert.deepEqual(consoleErrors(page), [], 'no console errors');
        assert.deepEqual(asked, [], 'the missing file was not asked for again');
      }));
  }

  test('"Thử lại" asks for the file again, and shows the directory once it is there', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await page.route('**/api/contacts.json', (route) =>
        route.fulfill({
          path: path.join(REPO_ROOT, 'test-results', 'fixture-api', 'contacts.json'),
        }),
      );
      await page.goto(suite.url('/contacts'));
      await takenOver(page);
      await page.getByRole('main').getByRole('button', { name: 'Thử lại' }).click();
      await waitVisible(
        page
          .getByRole('main')
          .getByRole('link', { name: /^tel:|\d/ })
          .first(),
      );
    }));
});
