// Issue #29, residents and wards round 2, in Chromium at 360 and 1280 px: the calendar widget in
// a ward page on another origin (280/320/420 px columns) and the builder's preview, tap-to-call
// targets, the one date style, the folding header, directory cards, the date picker's first
// focus, the emblem.
//
//   npx vite build && npx playwright test residents          (builds only when dist/ has none)
//
// Data: the sample (public/api) with seven more root categories (eight in all), so that the
// wide header is measured with a full row; days and months come from the data, never from here.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { browserSuite, test } from './fixtures.mjs';
import { expectNoSeriousAxe, REPO_ROOT, waitUntil, waitVisible } from './harness.mjs';

const run = promisify(execFile);
test.describe.configure({ timeout: 90_000 });

const API = path.join(REPO_ROOT, 'test-results', 'residents-api');
const EXTRA_ROOTS = ['Thông báo', 'Văn bản pháp quy', 'Hỏi đáp', 'Kinh tế - Đô thị'];
EXTRA_ROOTS.push('Văn hóa - Xã hội', 'An ninh - Quốc phòng', 'Y tế - Giáo dục');

/** public/api, with eight root categories. */
function makeApi() {
  rmSync(API, { recursive: true, force: true });
  mkdirSync(path.dirname(API), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'public', 'api'), API, { recursive: true });
  const file = path.join(API, 'categories.json');
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  EXTRA_ROOTS.forEach((name, i) => {
    doc.categories.push({ slug: `muc-them-${i + 1}`, name, parent: null });
  });
  writeFileSync(file, JSON.stringify(doc));
  return API;
}

const suite = browserSuite({
  apiDir: async () => makeApi(),
  prepare: async () => {
    if (!existsSync(path.join(REPO_ROOT, 'dist', 'index.html'))) {
      await run(
        path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'),
        ['build', '--logLevel', 'warn'],
        {
          cwd: REPO_ROOT,
          timeout: 180_000,
        },
      );
    }
  },
});

const readApi = (file) => JSON.parse(readFileSync(path.join(API, file), 'utf8'));
/** The newest month with articles and its last day with articles, from the data. */
function newestNews() {
  const month = readApi('archive/index.json').months.at(-1).month;
  const day = readApi(`archive/${month}.json`).days.at(-1).date;
  const [y, m, d] = day.split('-');
  return { month, day, label: `${d}/${m}/${y}` };
}
const HOTLINE_ARTICLE = 'cong-khai-so-dien-thoai-duong-day-nong';

let host;
test.beforeAll(async () => {
  if (suite.setupError) return;
  const portal = suite.server.origin;
  const server = createServer((req, res) => {
    const width = Number(new URL(req.url, 'http://x').searchParams.get('w')) || 420;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>Phường Một</title></head>
<body style="margin:0;padding:8px"><h1>Website Phường Một</h1>
<div id="col" style="width:${width}px">
<script src="${portal}/embed.js" data-widget="calendar" async></script></div>
<p>Cuối trang.</p></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = {
    url: (w) => `http://127.0.0.1:${server.address().port}/?w=${w}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
});
test.afterAll(async () => host?.close());

/** Every day button of the shown month lies inside the frame's box on the page, and the frame
 * does not scroll: all of them can be seen and tapped. */
async function expectMonthInside(iframe, frame) {
  const box = await iframe.boundingBox();
  const days = frame.locator('.rdp-month_grid td:not(.rdp-outside) button');
  const count = await days.count();
  assert.ok(count >= 28, `a whole month of day buttons (${count})`);
  for (let i = 0; i < count; i++) {
    const b = await days.nth(i).boundingBox();
    assert.ok(
      b && b.width >= 24 && b.height >= 24,
      `day ${i + 1} is tappable: ${JSON.stringify(b)}`,
    );
    assert.ok(
      b.x >= box.x - 0.5 && b.x + b.width <= box.x + box.width + 0.5,
      `day ${i + 1} inside sideways`,
    );
    assert.ok(
      b.y >= box.y - 0.5 && b.y + b.height <= box.y + box.height + 0.5,
      `day ${i + 1} inside the frame`,
    );
  }
  const scrolls = await frame.evaluate(() => {
    const el = document.scrollingElement;
    return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
  });
  assert.equal(scrolls, false, 'the widget never scrolls inside its frame');
}

/** No button label wraps inside a word: a one-word label stays on one line. */
async function expectLabelsWhole(frame) {
  const broken = await frame.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => b.getClientRects().length > 0 && !b.textContent.trim().includes(' '))
      .filter((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return lines.size > 1;
      })
      .map((b) => b.textContent.trim()),
  );
  assert.deepEqual(broken, [], 'labels broken inside a word');
}

test.describe('the calendar widget in a ward page (another origin)', () => {
  for (const width of [280, 320, 420]) {
    test(`${width} px column: the popup's month fits the frame, which grows and shrinks; the last day with news opens`, ({
      withPage,
    }) =>
      withPage({ width: width === 420 ? 1280 : 360, height: 740 }, async (page) => {
        const news = newestNews();
        await page.goto(host.url(width));
        const iframe = page.locator('iframe');
        const el = await (await waitVisible(iframe)).elementHandle();
        const frame = await waitUntil(() => el.contentFrame());
        const open = frame.getByRole('button', { name: 'Mở lịch' });
        await waitUntil(() => open.isEnabled());
        const closed = (await iframe.boundingBox()).height;
        await open.click();
        const dialog = frame.getByRole('dialog', { name: 'Chọn ngày có bài viết' });
        await waitVisible(dialog.getByRole('grid'));
        // The month the popup opens on is the newest (no day chosen yet).
        await waitVisible(dialog.getByRole('button', { name: new RegExp(`^${news.label},`) }));
        await waitUntil(async () => (await iframe.boundingBox()).height > closed + 150, {
          message: 'the frame did not grow to hold the month',
        });
        await expectMonthInside(iframe, frame);
        await expectLabelsWhole(frame);
        await dialog.getByRole('button', { name: 'Đóng' }).click();
        await waitUntil(async () => Math.abs((await iframe.boundingBox()).height - closed) < 2, {
          message: 'the frame did not shrink back when the popup closed',
        });
        await open.click();
        await waitVisible(dialog.getByRole('grid'));
        await dialog.getByRole('button', { name: new RegExp(`^${news.label},`) }).click();
        await waitVisible(frame.getByRole('heading', { name: `Bài viết ngày ${news.label}` }));
        assert.equal(new URL(frame.url()).searchParams.get('day'), news.day);
      }));
  }

  test('the builder preview (/embed) holds the whole month too', ({ withPage }) =>
    withPage({ width: 360, height: 740 }, async (page) => {
      await page.goto(suite.url('/embed'));
      await page.getByRole('radio', { name: 'Xem bài viết theo ngày' }).check();
      const iframe = page.locator('iframe');
      const el = await (await waitVisible(iframe)).elementHandle();
      const frame = await waitUntil(async () => {
        const f = await el.contentFrame();
        return f?.url().includes('/embed/calendar') ? f : undefined;
      });
      const open = frame.getByRole('button', { name: 'Mở lịch' });
      await waitUntil(() => open.isEnabled());
      await open.click();
      await waitVisible(frame.getByRole('grid'));
      await waitUntil(async () => {
        try {
          await expectMonthInside(iframe, frame);
          return true;
        } catch {
          return false;
        }
      });
      await expectMonthInside(iframe, frame);
    }));
});

test.describe('tap to call', () => {
  /** Every visible tel: link's box at the page's width. */
  const telBoxes = (page) =>
    page.locator('a[href^="tel:"]').evaluateAll((links) =>
      links
        .filter((a) => a.getClientRects().length > 0)
        .map((a) => {
          const r = a.getBoundingClientRect();
          return { text: a.textContent, width: r.width, height: r.height };
        }),
    );

  for (const url of ['/contacts', `/articles/${HOTLINE_ARTICLE}`]) {
    test(`${url} at 360 px: every tel: link is at least 44 × 44`, ({ withPage }) =>
      withPage({ width: 360, height: 740 }, async (page) => {
        await page.goto(suite.url(url));
        await waitVisible(page.locator('main a[href^="tel:"]').first());
        const boxes = await telBoxes(page);
        assert.ok(boxes.length >= 2, `tel: links on ${url}: ${boxes.length}`);
        const small = boxes.filter((b) => b.width < 44 - 0.5 || b.height < 44 - 0.5);
        assert.deepEqual(small, [], 'tel: links smaller than 44 × 44');
      }));
  }

  test('the hotline article links its numbers and address, not its dates or document number', ({
    withPage,
  }) =>
    withPage({ width: 1280 }, async (page) => {
      await page.goto(suite.url(`/articles/${HOTLINE_ARTICLE}`));
      const body = page.locator('.article__body');
      await waitVisible(body.locator('a[href^="tel:"]').first());
      const links = await body
        .locator('a')
        .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      for (const href of ['tel:088291913', 'tel:8290294', 'tel:0909022456']) {
        assert.ok(
          links.some(([, h]) => h === href),
          `${href} in ${JSON.stringify(links)}`,
        );
      }
      assert.ok(
        links.some(([, h]) => h?.startsWith('mailto:')),
        'the address is a mailto: link',
      );
      for (const [text] of links) assert.doesNotMatch(text, /\/|TB-UBND/, 'a date or document');
      assert.equal(await body.locator('a a').count(), 0, 'no link inside a link');
    }));
});

test.describe('one date style', () => {
  for (const width of [360, 1280]) {
    test(`${width} px: lists and the article header write HH:mm - dd/MM/yyyy`, ({ withPage }) =>
      withPage({ width }, async (page) => {
        await page.goto(suite.url('/'));
        const dates = page.locator('.article-list__date');
        await waitVisible(dates.first());
        for (const text of await dates.allTextContents()) {
          assert.match(text.trim(), /^\(\d\d:\d\d - \d\d\/\d\d\/\d{4}\)$/);
        }
        await page.goto(suite.url(`/articles/${HOTLINE_ARTICLE}`));
        const meta = page.locator('.article__meta time').first();
        assert.match(
          await (await waitVisible(meta)).textContent(),
          /^\d\d:\d\d - \d\d\/\d\d\/\d{4}$/,
        );
      }));
  }
});

test.describe('the header', () => {
  const parts = (page) =>
    page.locator('.site-header').evaluate((header) => {
      const box = (sel) => {
        const el = header.querySelector(sel);
        const r = el?.getBoundingClientRect();
        return r && r.width > 0 ? { top: r.top, bottom: r.bottom, height: r.height } : null;
      };
      return {
        header: box('.site-header__inner').height,
        name: box('.site-header__name'),
        logo: box('.site-header__logo'),
        nav: box('.site-nav'),
        menu: box('.site-menu > summary'),
        search: box('form[role="search"]'),
      };
    });

  test('360×740: the categories fold into a menu and the header takes at most 15 %', ({
    withPage,
  }) =>
    withPage({ width: 360, height: 740 }, async (page) => {
      // /search is drawn in the browser from the served data: eight root categories.
      await page.goto(suite.url('/search?q=a'));
      await waitVisible(page.locator('.site-menu > summary'));
      const p = await parts(page);
      assert.ok(p.header <= 111, `header ${p.header}px tall`);
      assert.equal(p.nav, null, 'the wide row is hidden');
      assert.ok(p.logo && p.logo.height <= 44, 'the emblem shows, no taller than the header row');
      await page.locator('.site-menu > summary').click();
      const menu = page.getByRole('navigation', { name: 'Chuyên mục chính' });
      for (const name of EXTRA_ROOTS) await waitVisible(menu.getByRole('link', { name }));
      assert.ok((await parts(page)).header <= 111, 'opened, the menu hangs over the page');
      await expectNoSeriousAxe(page);
    }));

  test('360 px without JavaScript: the prerendered menu opens', ({ withPage }) =>
    withPage({ width: 360, height: 740, javaScriptEnabled: false }, async (page) => {
      await page.goto(suite.url('/contacts'));
      const summary = page.locator('.site-menu > summary');
      if (!(await summary.count())) return; // dist/ not prerendered (npm run build:pages)
      await summary.click();
      await waitVisible(
        page.getByRole('navigation', { name: 'Chuyên mục chính' }).getByRole('link').first(),
      );
    }));

  test('1280: one row holds the name, eight categories and the search box', ({ withPage }) =>
    withPage({ width: 1280, height: 800 }, async (page) => {
      await page.goto(suite.url('/search?q=a'));
      const nav = page.getByRole('navigation', { name: 'Chuyên mục chính' });
      for (const name of EXTRA_ROOTS) await waitVisible(nav.getByRole('link', { name }));
      const p = await parts(page);
      assert.equal(p.menu, null, 'no folded menu');
      for (const [a, b] of [
        [p.name, p.nav],
        [p.nav, p.search],
        [p.name, p.search],
      ]) {
        assert.ok(a.top < b.bottom && b.top < a.bottom, `side by side: ${JSON.stringify(p)}`);
      }
      assert.ok(p.header <= 120, `header ${p.header}px tall`);
      await expectNoSeriousAxe(page);
    }));
});

test.describe('directory cards', () => {
  for (const width of [360, 1280]) {
    test(`${width} px: a card says once what is missing; one tap hides empty units`, ({
      withPage,
    }) =>
      withPage({ width }, async (page) => {
        await page.goto(suite.url('/contacts'));
        const main = page.getByRole('main');
        await waitVisible(main.getByText(/^Chưa có số điện thoại/).first());
        assert.equal(await main.getByText('Đang cập nhật').count(), 0);
        const toggle = main.getByRole('checkbox', { name: 'Chỉ hiện đơn vị có số điện thoại' });
        await waitUntil(() => toggle.isEnabled());
        await toggle.click();
        await waitUntil(async () => (await main.getByText(/^Chưa có số điện thoại/).count()) === 0);
        assert.ok((await main.locator('a[href^="tel:"]').count()) > 0, 'units with a number stay');
        await expectNoSeriousAxe(page);
      }));
  }
});

test.describe('the date picker', () => {
  for (const width of [360, 1280]) {
    test(`${width} px: on a month page it focuses the month's newest day with articles`, ({
      withPage,
    }) =>
      withPage({ width, height: 800 }, async (page) => {
        const news = newestNews();
        await page.goto(suite.url(`/archive/${news.month}`));
        const open = page.getByRole('button', { name: 'Mở lịch' });
        await waitUntil(() => open.isEnabled());
        await open.click();
        const day = page.getByRole('button', { name: new RegExp(`^${news.label},`) });
        await waitUntil(() => day.evaluate((b) => b === document.activeElement), {
          message: `focus is not on ${news.label}`,
        });
      }));
  }
});
