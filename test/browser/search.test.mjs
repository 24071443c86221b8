// "Find the notice about hộ tịch": full-text search as residents type it (CONTRACT.md §4), on a
// data set generated for it (search-fixture.mjs) and indexed by the project's own generator.
import assert from 'node:assert/strict';
import { browserSuite, test } from './fixtures.mjs';
import {
  expectNoHorizontalScroll,
  expectNoPageErrors,
  expectNoSeriousAxe,
  pageDialogs,
  screenshot,
  waitUntil,
  waitVisible,
} from './harness.mjs';
import { HOSTILE_TITLE, searchApi } from './search-fixture.mjs';

const suite = browserSuite({ apiDir: searchApi });
test.describe.configure({ timeout: 60_000 });
const UNAVAILABLE = 'Tìm kiếm tạm thời chưa sẵn sàng';

const status = (page) => page.getByRole('main').getByRole('status');
/** Titles of the results shown, in order. */
const titles = (page) =>
  page.locator('main .search-result__title').evaluateAll((els) => els.map((e) => e.textContent));

/** Opens /search?… and waits for the count sentence (or another final status). */
async function search(page, query) {
  await page.goto(suite.url(`/search?${query}`), { waitUntil: 'domcontentloaded' });
  await settled(page);
}

async function settled(page) {
  await waitUntil(
    async () => {
      const text =
        (await status(page)
          .textContent({ timeout: 2000 })
          .catch(() => '')) ?? '';
      return text && !text.startsWith('Đang');
    },
    { timeout: 15_000, message: `search did not finish on ${page.url()}` },
  );
}

/** Waits until the count sentence matches `re` (the previous one may still show for a moment). */
async function statusMatches(page, re) {
  await waitUntil(async () => re.test((await status(page).textContent()) ?? ''), {
    timeout: 15_000,
    message: `status never matched ${re} on ${page.url()}`,
  });
}

test.describe('the header search box', () => {
  test('is on portal pages, not in widgets, and opens /search?q=… as a plain form', async ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      const requests = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(suite.url('/'), { waitUntil: 'networkidle' });
      const box = page.getByRole('search').getByRole('textbox', { name: 'Tìm kiếm' });
      await waitVisible(box);
      // No search code or index on a page that is not searched.
      assert.deepEqual(
        requests.filter((p) => p.includes('/search')),
        [],
      );
      await box.fill('duong day nong');
      await box.press('Enter');
      await page.waitForURL((url) => url.pathname === '/search');
      assert.equal(new URL(page.url()).searchParams.get('q'), 'duong day nong');
      await statusMatches(page, /Tìm thấy 1 bài viết cho «duong day nong»/);
      assert.deepEqual(await titles(page), ['Quận mở đường dây nóng']);
      const marks = await page.locator('main .search-result mark').allTextContents();
      assert.deepEqual(marks.slice(0, 3), ['đường', 'dây', 'nóng']);

      await page.goto(suite.url('/embed/latest'), { waitUntil: 'networkidle' });
      assert.equal(await page.getByRole('search').count(), 0);
      expectNoPageErrors(page);
    }));
});

test.describe('Vietnamese as people type it', () => {
  test('finds without marks, with d for đ, in any case, and words only in the body', async ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await search(page, 'q=ho+tich');
      assert.deepEqual(await titles(page), ['Hướng dẫn làm hộ tịch']);
      await search(page, 'q=%C4%90%C6%AF%E1%BB%9CNG+D%C3%82Y'); // ĐƯỜNG DÂY
      assert.deepEqual(await titles(page), ['Quận mở đường dây nóng']);
      await search(page, 'q=THU+THIEM');
      assert.deepEqual(await titles(page), ['Hướng dẫn làm hộ tịch']);
      // The excerpt shows where the body matched, marked, and the date is site-local.
      const result = page.locator('main .search-result').first();
      assert.deepEqual(await result.locator('mark').allTextContents(), ['Thủ', 'Thiêm']);
      assert.match(await result.textContent(), /03\/12\/2007 · Hộ tịch/);
    }));

  test('ranks exact marks first and needs every word', async ({ withPage }) =>
    withPage({}, async (page) => {
      await search(page, 'q=d%C6%B0%C6%A1ng'); // dương
      const found = await titles(page);
      assert.equal(found[0], 'Nghỉ Tết Dương lịch 2008');
      assert.ok(found.includes('Sửa đường Nguyễn Huệ'), found.join(' | '));
      await search(page, 'q=n%C3%B3ng+Nguy%E1%BB%85n'); // nóng Nguyễn: in two articles, never one
      assert.match(
        await status(page).textContent(),
        /Không tìm thấy bài viết nào cho «nóng Nguyễn»/,
      );
      await waitVisible(page.getByText('Không cần gõ dấu', { exact: false }));
      // A word found nowhere: the engine alone would search for a prefix of it instead.
      await search(page, 'q=n%C3%B3ng+xyzzy');
      assert.match(
        await status(page).textContent(),
        /Không tìm thấy bài viết nào cho «nóng xyzzy»/,
      );
      await expectNoSeriousAxe(page);
    }));
});

test.describe('results', () => {
  test('pages by ten in the URL, filters by category, sorts, and Back restores', async ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await search(page, 'q=tiep+cong+dan');
      assert.match(await status(page).textContent(), /Tìm thấy 12 bài viết/);
      assert.equal((await titles(page)).length, 10);
      await page
        .getByRole('navigation', { name: 'Phân trang' })
        .getByRole('link', { name: '2' })
        .click();
      await page.waitForURL(/page=2/);
      await statusMatches(page, /Tìm thấy 12 bài viết .*trang 2\/2/);
      assert.equal((await titles(page)).length, 2);
      assert.equal(await page.locator('main ol.search-results').getAttribute('start'), '11');
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('page='));
      await statusMatches(page, /Tìm thấy 12 bài viết .*trang 1\/2/);
      assert.equal((await titles(page)).length, 10);

      // Category: the parent includes its child; another root has none of these.
      await page.getByLabel('Chuyên mục', { exact: true }).selectOption('tin-tuc');
      await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
      await page.waitForURL(/category=tin-tuc/);
      await statusMatches(page, /Không tìm thấy .* trong chuyên mục Tin tức/);
      await page.getByRole('link', { name: /trong mọi chuyên mục/ }).click();
      await statusMatches(page, /Tìm thấy 12 bài viết/);
      await page.getByLabel('Sắp xếp').selectOption('newest');
      await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
      await page.waitForURL(/sort=newest/);
      await waitUntil(async () => (await titles(page))[0] === 'Lịch tiếp công dân tuần 12', {
        timeout: 15_000,
        message: 'newest first never showed week 12 first',
      });
      await search(page, 'q=ho+tich&category=thong-bao');
      assert.deepEqual(await titles(page), ['Hướng dẫn làm hộ tịch']);
      expectNoPageErrors(page);
    }));

  test('shows a hostile title as text', async ({ withPage }) =>
    withPage({}, async (page) => {
      await search(page, 'q=canh+giac');
      assert.deepEqual(await titles(page), [HOSTILE_TITLE]);
      assert.equal(await page.locator('main .search-result b, main .search-result img').count(), 0);
      assert.deepEqual(pageDialogs(page), []);
      expectNoPageErrors(page);
    }));

  test('works on a 360 px phone, by keyboard alone, and passes axe', async ({ withPage }) =>
    withPage({ width: 360, height: 740 }, async (page) => {
      await page.goto(suite.url('/'), { waitUntil: 'networkidle' });
      const box = page.getByRole('textbox', { name: 'Tìm kiếm' });
      for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type('ho tich');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\?q=ho/);
      await statusMatches(page, /Tìm thấy 1 bài viết cho «ho tich»/);
      await expectNoHorizontalScroll(page);
      await expectNoSeriousAxe(page);
      await screenshot(page, 'search-360');
      // Tab on from the page's start to the first result and open it with Enter.
      const link = page.getByRole('link', { name: 'Hướng dẫn làm hộ tịch' });
      for (
        let i = 0;
        i < 40 && !(await link.evaluate((el) => el === document.activeElement));
        i++
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/articles\/ho-tich$/);
      await waitVisible(page.getByRole('heading', { level: 1, name: 'Hướng dẫn làm hộ tịch' }));
    }));
});

test.describe('speed (docs/performance.md, Search)', () => {
  test('prepares a search while the reader pauses: Tìm then fetches nothing', async ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      const fetched = [];
      // The context's events: the search worker's requests are not the page's own.
      page.context().on('request', (r) => {
        if (r.url().includes('/api/search/')) fetched.push(new URL(r.url()).pathname);
      });
      await search(page, 'q=ho+tich');
      fetched.length = 0;
      await page.getByLabel('Từ khoá').fill('tiep cong dan');
      // Ranked and its first page read in the worker, before any press.
      await waitUntil(async () => fetched.some((p) => p.includes('/fragment/')), {
        timeout: 15_000,
        message: 'the typed search was not prepared',
      });
      await page.waitForTimeout(500);
      fetched.length = 0;
      await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
      await statusMatches(page, /Tìm thấy 12 bài viết cho «tiep cong dan»/);
      assert.equal((await titles(page)).length, 10);
      assert.deepEqual(fetched, []);
      expectNoPageErrors(page);
    }));

  test('still searches, in the page, when the search worker cannot start', async ({ withPage }) =>
    withPage({}, async (page) => {
      let refused = 0;
      await page.route('**/assets/search.worker-*', (r) => {
        refused++;
        return r.fulfill({ status: 404, body: 'not found' });
      });
      await search(page, 'q=duong+day+nong');
      assert.match(await status(page).textContent(), /Tìm thấy 1 bài viết cho «duong day nong»/);
      assert.deepEqual(await titles(page), ['Quận mở đường dây nóng']);
      assert.ok(refused > 0, 'the worker was never asked for');
    }));
});

test.describe('without an index', () => {
  for (const [what, route] of [
    ['missing', (r) => r.fulfill({ status: 404, body: 'not found' })],
    [
      'broken',
      (r) => (r.request().url().endsWith('.js') ? r.continue() : r.fulfill({ body: 'x' })),
    ],
  ]) {
    test(`says search is not available when the index is ${what}, the rest works`, async ({
      withPage,
    }) =>
      withPage({}, async (page) => {
        await page.route('**/api/search/**', route);
        await search(page, 'q=ho+tich');
        assert.match(await status(page).textContent(), new RegExp(UNAVAILABLE));
        await waitVisible(page.getByRole('link', { name: 'lịch bài viết' }));
        await page.getByRole('main').getByRole('link', { name: 'Thông báo' }).click();
        await waitVisible(page.getByRole('heading', { level: 1, name: 'Thông báo' }));
        expectNoPageErrors(page);
      }));
  }

  // Issue #22: Pagefind skips a file it cannot load and answers as if the index said so.
  const cut = async (r) => {
    const response = await r.fetch();
    const body = await response.body();
    return r.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
  };
  for (const [what, pattern, route] of [
    ['a truncated index chunk', '**/api/search/index/**', cut],
    ['a garbage index chunk', '**/api/search/index/**', (r) => r.fulfill({ body: 'garbage' })],
    ['missing fragments', '**/api/search/fragment/**', (r) => r.fulfill({ status: 404 })],
  ]) {
    test(`says search is not available with ${what}, never "no results"`, async ({ withPage }) =>
      withPage({}, async (page) => {
        await page.context().route(pattern, route);
        await search(page, 'q=ho+tich');
        assert.match(await status(page).textContent(), new RegExp(UNAVAILABLE));
        assert.equal(await page.locator('main .search-tips').count(), 0);
      }));
  }

  test('says so too when the index is removed while the tab has the engine loaded', async ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await search(page, 'q=ho+tich');
      assert.match(await status(page).textContent(), /Tìm thấy 1 bài viết/);
      await page.context().route('**/api/search/**', (r) => r.fulfill({ status: 404 }));
      await page.getByLabel('Từ khoá').fill('tiep cong dan');
      await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
      await statusMatches(page, new RegExp(UNAVAILABLE));
    }));
});
