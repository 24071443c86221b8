// A portal deployed under a sub-path (`vite build --base /portal/`): pages, links, API reads and
// embed.js all stay under /portal/, and deep links still work.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { browserSuite, test } from './fixtures.mjs';
import { expectNoPageErrors, REPO_ROOT, waitVisible } from './harness.mjs';

const OUT = 'test-results/dist-portal';

// Built in the suite's setup, before it starts its server.
const suite = browserSuite({
  root: OUT,
  base: '/portal/',
  prepare: () =>
    promisify(execFile)(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'),
      ['build', '--base', '/portal/', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: REPO_ROOT, timeout: 180_000 },
    ),
});
test.describe.configure({ timeout: 240_000 });

test.describe('served under /portal/', () => {
  test('deep links, links and data stay under the base', ({ withPage }) =>
    withPage({}, async (page) => {
      const requests = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(suite.url('/articles/bai-co-anh'));
      await waitVisible(page.getByRole('heading', { level: 1 }));
      const home = page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', {
        name: 'Trang chủ',
      });
      // With its slash: `/portal` is outside the service worker's scope (offline: the browser's
      // error page) and costs a 301 online.
      assert.equal(await home.getAttribute('href'), '/portal/');
      const json = requests.filter((p) => p.endsWith('.json'));
      assert.ok(json.includes('/portal/api/articles/bai-co-anh.json'), json.join(' '));
      assert.ok(
        json.every((p) => p.startsWith('/portal/api/')),
        `all data from /portal/api/: ${json}`,
      );
      await home.click();
      await waitVisible(page.getByRole('region', { name: 'Tin mới nhất' }));
      assert.equal(new URL(page.url()).pathname, '/portal/');
      expectNoPageErrors(page);
    }));

  test('embed.js builds widget URLs on the portal base', ({ withPage }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url('/embed'));
      const snippet = page.getByRole('textbox', { name: /Mã nhúng|Dán đoạn mã/ });
      await waitVisible(snippet);
      assert.match(await snippet.inputValue(), /src="http:\/\/[^"]+\/portal\/embed\.js"/);
      const frame = page.locator('iframe').first();
      await waitVisible(frame);
      assert.match((await frame.getAttribute('src')) ?? '', /\/portal\/embed\/latest/);
    }));
});
