// How a page's code arrives: the route's chunks start with the HTML (index.html preloads what
// the route table will draw), and the date box of home, a category and an article, below the
// news on a phone, waits until the reader comes near it, keeping its place so nothing moves
// when it arrives.

import assert from 'node:assert/strict';
import { browserSuite, test } from './fixtures.mjs';
import { expectNoPageErrors, TIMEOUT, waitUntil, waitVisible } from './harness.mjs';

test.describe.configure({ timeout: 60_000 });
const suite = browserSuite();

/**
 * Code a page fetches later on purpose: offline support after `load` (with its Trusted Types
 * script-URL policy, a file it shares with search), the calendar's popup.
 */
// Fetched once idle: offline support, the calendar, home's archive links and their data.
const LATER =
  /\/(start|script-url|CalendarPopup|ArchiveLinks|prefetch-newest|archive-data)-[\w-]+\.js$/;
const DATE_BOX = /\/date-picker-[\w-]+\.js$/;

/** JS files the page requests, in order, as URL paths. */
function recordScripts(page) {
  const scripts = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.push(pathname);
  });
  return scripts;
}

async function settled(page) {
  await waitVisible(page.getByRole('heading', { level: 1 }));
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
}

test.describe('a page’s code starts downloading with the HTML', () => {
  const pages = [
    '/',
    '/articles/bai-0030-ngay-10',
    '/archive/2007-12-10',
    '/contacts',
    '/embed/latest',
  ];
  for (const route of pages) {
    test(`${route}: every chunk it draws with is preloaded, each downloaded once`, ({ withPage }) =>
      withPage({}, async (page) => {
        const scripts = recordScripts(page);
        await page.goto(suite.url(route));
        await settled(page);
        const { entry, preloaded } = await page.evaluate(() => ({
          entry: new URL(document.querySelector('script[type="module"]').src).pathname,
          preloaded: [...document.querySelectorAll('link[rel="modulepreload"]')].map(
            (link) => new URL(link.href).pathname,
          ),
        }));
        assert.ok(preloaded.length > 0, 'the route’s chunks are preloaded');
        const late = scripts.filter(
          (s) => s !== entry && !preloaded.includes(s) && !LATER.test(s) && !DATE_BOX.test(s),
        );
        assert.deepEqual(late, [], `found only once the app ran: ${late.join(', ')}`);
        assert.deepEqual(
          scripts.filter((s, i) => scripts.indexOf(s) !== i),
          [],
          `downloaded twice: ${scripts.join(', ')}`,
        );
        expectNoPageErrors(page);
      }));
  }
});

/** Sum of layout shifts the page has seen (reader input excluded, as CLS does). */
async function trackShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => window.__shifts);
}

test.describe('the date box arrives when the reader nears it', () => {
  // Home, a category's first page (23 articles), an article as long as the seed's: the box is
  // in the sidebar, which a phone draws below the page's own content. (A short article's box is
  // on the first screen: it comes at once, as on a wide screen.)
  for (const route of ['/', '/categories/cai-cach-hanh-chinh', '/articles/bai-0030-ngay-10']) {
    test(`${route} on a phone: not on the first load; on scrolling down, it comes and works; nothing moves`, ({
      withPage,
    }) =>
      withPage({ width: 360, height: 740 }, async (page) => {
        const shifts = await trackShifts(page);
        const scripts = recordScripts(page);
        await page.route(/\/api\/articles\/[\w-]+\.json$/, async (request) => {
          const response = await request.fetch();
          const article = await response.json();
          const paragraph = `<p>${'Nội dung của bài viết, đoạn dài như bài thật. '.repeat(8)}</p>`;
          await request.fulfill({ response, json: { ...article, body: paragraph.repeat(12) } });
        });
        await page.goto(suite.url(route));
        await settled(page);
        const box = page.getByRole('region', { name: 'Xem bài viết theo ngày' });
        const top = await box.evaluate((el) => el.getBoundingClientRect().top);
        assert.ok(top > 740 + 400, `the box is within reach of the first screen (${top} px)`);
        assert.ok(!scripts.some((s) => DATE_BOX.test(s)), `loaded at once: ${scripts.join(', ')}`);
        await box.scrollIntoViewIfNeeded();
        const open = page.getByRole('button', { name: 'Mở lịch' });
        await open.click();
        await waitVisible(page.getByRole('dialog'));
        assert.ok(
          scripts.some((s) => DATE_BOX.test(s)),
          'its code came on scrolling',
        );
        assert.equal(await shifts(), 0, 'layout shift while the box arrived');
      }));
  }

  test('an article’s box, once in, holds the article’s day', ({ withPage }) =>
    withPage({ width: 1280, height: 800 }, async (page) => {
      await page.goto(suite.url('/articles/bai-0030-ngay-10'));
      await settled(page);
      const field = page.getByRole('textbox', { name: 'Ngày (dd/mm/yyyy)' });
      await waitVisible(field);
      const day = await field.inputValue();
      assert.match(day, /^\d{2}\/\d{2}\/\d{4}$/);
      const published = await page.locator('article time').first().textContent();
      assert.ok(published.includes(day), `${day} is not the article's day (${published})`);
    }));

  test('on a phone, by keyboard alone: Tab reaches its field and "Mở lịch", which opens', ({
    withPage,
  }) =>
    withPage({ width: 360, height: 740 }, async (page) => {
      await page.goto(suite.url('/'));
      await settled(page);
      const open = page.getByRole('button', { name: 'Mở lịch' });
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await open.evaluate((el) => el === document.activeElement).catch(() => false);
      }
      assert.ok(reached, 'Tab never reached "Mở lịch"');
      await page.keyboard.press('Enter');
      await waitVisible(page.getByRole('dialog'));
    }));

  test('when its code cannot be downloaded: says so, tries again, then offers a reload; the news stays', ({
    withPage,
  }) =>
    withPage({ width: 1280, height: 800 }, async (page) => {
      await page.route(DATE_BOX, (route) => route.abort());
      await page.goto(suite.url('/'));
      await settled(page);
      const box = page.getByRole('region', { name: 'Xem bài viết theo ngày' });
      await waitVisible(box.getByRole('alert').filter({ hasText: 'Không tải được ô chọn ngày' }));
      // As with the calendar: "Thử lại" downloads it again; failing again, a reload is offered.
      await box.getByRole('button', { name: 'Thử lại' }).click();
      await waitVisible(box.getByRole('button', { name: 'Tải lại trang' }));
      const newest = page.getByRole('region', { name: 'Tin mới nhất' });
      assert.ok((await newest.getByRole('link').count()) > 0, 'the news is still there');
    }));

  test('on a wide screen, held back by a slow network: its place is kept, then it works', ({
    withPage,
  }) =>
    withPage({ width: 1280, height: 800 }, async (page) => {
      const shifts = await trackShifts(page);
      let release;
      const held = new Promise((resolve) => {
        release = resolve;
      });
      await page.route(DATE_BOX, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(suite.url('/'));
      await settled(page);
      const box = page.getByRole('region', { name: 'Xem bài viết theo ngày' });
      await waitVisible(box);
      const round = ({ x, y, width, height }) => [x, y, width, height].map(Math.round);
      const before = round(await box.boundingBox());
      release();
      const field = page.getByRole('textbox', { name: 'Ngày (dd/mm/yyyy)' });
      await waitVisible(field);
      const after = round(
        await page.getByRole('region', { name: 'Xem bài viết theo ngày' }).boundingBox(),
      );
      assert.deepEqual(after, before, 'the box keeps its place and size');
      await field.fill('10/12/2007');
      await field.press('Enter');
      await waitUntil(() => new URL(page.url()).pathname === '/archive/2007-12-10', {
        message: `typed date did not open its day: ${page.url()}`,
      });
      assert.equal(await shifts(), 0, 'layout shift while the box arrived');
    }));
});
