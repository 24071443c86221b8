// Hostile and huge data (issue 14): the built app against a crafted data folder
// (hostile-api.mjs). No hang, no misleading message, no way off-site, no sideways page.

import assert from 'node:assert/strict';
import { browserSuite, note, test } from './fixtures.mjs';
import { expectNoHorizontalScroll, expectNoPageErrors, waitVisible } from './harness.mjs';
import {
  CHAIN_DEPTH,
  EVIL_HOST,
  hostileApi,
  typeInContactsFilter,
  WIDE_ARTICLE,
} from './hostile-api.mjs';

test.describe.configure({ timeout: 90_000 });
const FAULTY = 'Dữ liệu của phần này bị lỗi nên chưa thể hiển thị.';
const LONG_TASK_LIMIT_MS = 200;

const suite = browserSuite({ apiDir: hostileApi });

/** Every request the page makes to another host than the portal's. */
function offSiteRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === EVIL_HOST) seen.push(request.url());
  });
  // Nothing must reach it; answer locally so a failure is reported, not a DNS wait.
  page.route(`**://${EVIL_HOST}/**`, (route) => route.fulfill({ status: 204, body: '' }));
  return seen;
}

/** Record every long task from the first byte of the page on, into window.__loadTasks. */
const watchLongTasks = (page) =>
  page.addInitScript(() => {
    window.__loadTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__loadTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });

/** Answer 404 for one contract file, as if it had never been uploaded. */
const missing = (page, file) =>
  page.route(`**/api/${file}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));

test.describe('hostile data', () => {
  test('an absurd pageCount is faulty data, shown at once, the tab responsive', ({ withPage }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url('/categories/mot-cua'));
      await waitVisible(page.getByText(FAULTY));
      assert.equal(await page.evaluate(() => 1 + 1), 2, 'the page still answers');
      expectNoPageErrors(page);
    }));

  test('a huge but consistent pageCount pages with a handful of links', ({ withPage }) =>
    withPage({}, async (page) => {
      await watchLongTasks(page);
      await page.goto(suite.url('/categories/cai-cach-hanh-chinh'));
      const pager = await waitVisible(page.getByRole('navigation', { name: 'Phân trang' }));
      const links = await pager.getByRole('link').count();
      assert.ok(links <= 9, `${links} pager links`);
      await waitVisible(pager.getByRole('link', { name: '1000000000', exact: true }));
      // Walking a billion page numbers took ~2 s in one task; the window costs nothing.
      const longest = await page.evaluate(() => Math.max(0, ...window.__loadTasks));
      assert.ok(longest < 1000, `longest task while loading: ${Math.round(longest)} ms`);
    }));

  test('wide body content scrolls inside its own box at 360 px, the header stays', ({ withPage }) =>
    withPage({ width: 360, height: 740 }, async (page) => {
      await page.goto(suite.url(`/articles/${WIDE_ARTICLE}`));
      await waitVisible(page.getByText('Đoạn mở đầu.'));
      await expectNoHorizontalScroll(page);
      const pre = await page.locator('.article__body pre').evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      assert.ok(
        pre.scroll > pre.client,
        `the <pre> scrolls itself (${pre.scroll} > ${pre.client})`,
      );
    }));

  test('backslash links, images and thumbnails never leave the site', ({ withPage }) =>
    withPage({}, async (page) => {
      const offSite = offSiteRequests(page);
      await page.goto(suite.url(`/articles/${WIDE_ARTICLE}`));
      await waitVisible(page.getByText('liên kết gạch ngược'));
      const origin = new URL(suite.url('/')).origin;
      const hrefs = await page
        .locator('.article__body a[href]')
        .evaluateAll((as) => as.map((a) => a.href));
      const away = hrefs.filter((h) => new URL(h).origin !== origin);
      assert.deepEqual(away, [], 'no body link resolves off-site');
      await page.goto(suite.url('/categories/thong-bao'));
      await waitVisible(page.getByRole('link', { name: /liên kết gạch ngược/ }));
      await page.waitForLoadState('networkidle').catch(() => {});
      assert.deepEqual(offSite, [], 'no request went to another host');
    }));

  test('an unclosed <math> in a body keeps the content after it', ({ withPage }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url(`/articles/${WIDE_ARTICLE}`));
      await waitVisible(page.getByText('Chú thích sau công thức'));
      await waitVisible(page.getByRole('link', { name: 'Đoạn cuối sau công thức' }));
    }));

  test('home without categories.json names the missing part and keeps the rest', ({ withPage }) =>
    withPage({}, async (page) => {
      await missing(page, 'categories.json');
      await page.goto(suite.url('/'));
      await waitVisible(page.getByText('Chưa có danh sách chuyên mục.'));
      await waitVisible(page.getByRole('button', { name: 'Thử lại' }));
      await waitVisible(page.locator('main a[href^="tel:"]'));
      assert.equal(await page.getByText('Không tìm thấy trang').count(), 0);
    }));

  test('/contacts without contacts.json keeps the page and says the directory is missing', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await missing(page, 'contacts.json');
      await page.goto(suite.url('/contacts'));
      await waitVisible(page.getByText('Chưa có danh bạ.'));
      await waitVisible(page.getByRole('heading', { level: 1, name: 'Đường dây nóng và danh bạ' }));
      assert.equal(await page.getByText('Không tìm thấy trang').count(), 0);
    }));

  test(`a ${CHAIN_DEPTH}-level category chain stays inside the home sidebar at 1280 px`, ({
    withPage,
  }) =>
    withPage({ width: 1280, height: 800 }, async (page) => {
      await page.goto(suite.url('/'));
      const tree = page.getByRole('navigation', { name: 'Chuyên mục', exact: true });
      await waitVisible(
        tree.getByRole('link', { name: `Chuyên mục cấp ${CHAIN_DEPTH} có tên khá dài` }),
      );
      const overflow = await tree.evaluate((nav) => {
        const box = nav.getBoundingClientRect();
        return [...nav.querySelectorAll('a')]
          .filter((a) => a.getBoundingClientRect().right > box.right + 0.5)
          .map((a) => a.textContent);
      });
      assert.deepEqual(overflow, [], 'every category link inside the box');
      // A parent loop is a missing parent: both members are reachable.
      await waitVisible(tree.getByRole('link', { name: 'Vòng A' }));
      await waitVisible(tree.getByRole('link', { name: 'Vòng B' }));
      await expectNoHorizontalScroll(page);
    }));

  test(`typing in a 10 000-contact filter: no long task over ${LONG_TASK_LIMIT_MS} ms`, ({
    withPage,
  }) =>
    withPage({ width: 412, height: 823 }, async (page) => {
      await page.goto(suite.url('/contacts'));
      await waitVisible(page.getByRole('heading', { name: 'Cán bộ số 0', exact: true }), 30_000);
      const { longest, count } = await typeInContactsFilter(
        page,
        'can bo so 9999',
        'Cán bộ số 9999',
      );
      note(`longest task while typing: ${longest} ms (${count} long tasks)`);
      assert.ok(longest <= LONG_TASK_LIMIT_MS, `longest task ${longest} ms`);
      assert.equal(await page.locator('main .contact').count(), 1);
      expectNoPageErrors(page);
    }));
});
