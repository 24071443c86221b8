// Prerendered pages (contract §6): readable with JavaScript off, and taken over by the app
// without a mismatch, a recoverable error or a second download of the data they carry.

import assert from 'node:assert/strict';
import { fixtureApi } from './fixture-api.mjs';
import { browserSuite, test } from './fixtures.mjs';
import {
  consoleErrors,
  expectNoPageErrors,
  pageErrors,
  takenOver,
  waitUntil,
  waitVisible,
} from './harness.mjs';
import { waitForServiceWorker } from './offline-helpers.mjs';
import {
  HOSTILE_ARTICLE,
  HOSTILE_TITLE,
  hostileTitleApi,
  prerenderedBuild,
  SITE_URL,
} from './pages-fixture.mjs';

test.describe.configure({ timeout: 90_000 });
const ARTICLE = 'bai-0030-ngay-10';
const CHILD = 'cai-cach-hanh-chinh';
const ROOT = 'tin-tuc-su-kien';
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

let built;
const suite = browserSuite({
  root: 'test-results/prerendered',
  apiDir: async () => {
    const api = await hostileTitleApi(await fixtureApi());
    built = await prerenderedBuild(api);
    return api;
  },
});

const path = (page) => new URL(page.url()).pathname;
test.describe('without JavaScript', () => {
  const noJs = { javaScriptEnabled: false };

  test('home → category → its page 2 → an article, every page complete', ({ withPage }) =>
    withPage(noJs, async (page) => {
      await page.goto(suite.url('/'));
      assert.match(await page.title(), /Ủy ban nhân dân Quận 1/);
      await page
        .getByRole('navigation', { name: 'Chuyên mục chính' })
        .getByRole('link')
        .first()
        .click();
      await page.waitForURL((u) => u.pathname === `/categories/${ROOT}`);
      await waitVisible(page.getByRole('heading', { level: 1 }));
      const pager = page.getByRole('navigation', { name: 'Phân trang' });
      await pager.getByRole('link', { name: '2', exact: true }).click();
      await page.waitForURL((u) => u.pathname === `/categories/${ROOT}/page/2`);
      assert.equal(
        norm(await pager.locator('[aria-current="page"]').textContent()),
        '2',
        'page 2 is the current page',
      );
      const link = page.getByRole('main').locator('a[href^="/articles/"]').first();
      const title = norm(await link.textContent());
      await link.click();
      await page.waitForURL((u) => u.pathname.startsWith('/articles/'));
      assert.equal(norm(await page.getByRole('heading', { level: 1 }).textContent()), title);
      const body = norm(await page.locator('.article__body').textContent());
      assert.ok(body.length > 20, 'the article body is there');
      assert.ok(await page.locator('time').first().isVisible(), 'the article shows its date');
    }));

  test('archive day → previous day, and the hotline as tel: links', ({ withPage }) =>
    withPage(noJs, async (page) => {
      await page.goto(suite.url('/archive/2007-12-10'));
      await waitVisible(page.getByRole('heading', { level: 1 }));
      assert.ok((await page.getByRole('main').locator('a[href^="/articles/"]').count()) > 0);
      await page.getByRole('link', { name: /trước/i }).first().click();
      await page.waitForURL((u) => /^\/archive\/\d{4}-\d{2}-\d{2}$/.test(u.pathname));
      assert.notEqual(path(page), '/archive/2007-12-10');
      assert.ok((await page.getByRole('main').locator('a[href^="/articles/"]').count()) > 0);
      await page.goto(suite.url('/contacts'));
      assert.ok((await page.locator('a[href^="tel:"]').count()) > 0, 'phones are tel: links');
    }));

  test('a page drawn only in the browser (search) keeps the header and footer and links the pages that need no JavaScript', ({
    withPage,
  }) =>
    withPage(noJs, async (page) => {
      await page.goto(suite.url('/search?q=ho+tich'));
      await waitVisible(page.getByRole('heading', { level: 1, name: 'Trang này cần JavaScript' }));
      assert.ok(await page.getByRole('search').isVisible(), 'the header, with its search box');
      assert.ok(await page.getByRole('contentinfo').isVisible(), 'the footer');
      assert.equal(await page.getByText('Đang tải…').isVisible(), false, 'nothing says loading');
      const robots = await page.locator('meta[name="robots"]').getAttribute('content');
      assert.equal(robots, 'noindex');
      await page
        .getByRole('navigation', { name: 'Chuyên mục', exact: true })
        .getByRole('link')
        .first()
        .click();
      await page.waitForURL((u) => u.pathname.startsWith('/categories/'));
      await waitVisible(page.getByRole('heading', { level: 1 }));
      await page.goBack();
      await page.getByRole('link', { name: /^Lưu trữ tháng \d{2}\/\d{4}$/ }).click();
      await page.waitForURL((u) => /^\/archive\/\d{4}-\d{2}$/.test(u.pathname));
      assert.ok((await page.getByRole('main').locator('a[href^="/articles/"]').count()) > 0);
    }));

  test('home links the newest day and month of the archive, and both pages exist', ({ withPage }) =>
    withPage(noJs, async (page) => {
      await page.goto(suite.url('/'));
      const archive = page.getByRole('navigation', { name: 'Lưu trữ' });
      const day = archive.getByRole('link', { name: /^Tin ngày \d{2}\/\d{2}\/\d{4}$/ });
      const month = archive.getByRole('link', { name: /^Lưu trữ tháng \d{2}\/\d{4}$/ });
      const dayText = norm(await day.textContent());
      await day.click();
      await page.waitForURL((u) => /^\/archive\/\d{4}-\d{2}-\d{2}$/.test(u.pathname));
      assert.match(norm(await page.locator('h1').textContent()), new RegExp(dayText.slice(-10)));
      assert.ok((await page.getByRole('main').locator('a[href^="/articles/"]').count()) > 0);
      await page.goBack();
      await month.click();
      await page.waitForURL((u) => /^\/archive\/\d{4}-\d{2}$/.test(u.pathname));
      assert.match(norm(await page.locator('h1').textContent()), /^Tháng \d{1,2}\/\d{4}$/);
    }));

  test('a month page holds the days its first screen shows in the browser', ({ withPage }) =>
    withPage(noJs, async (page) => {
      await page.goto(suite.url('/archive/2007-12'));
      const days = page.locator('section.archive-day');
      const drawn = page.locator('section.archive-day:has(ul.archive-list)');
      const shown = Math.min(4, await days.count());
      assert.ok(shown >= 2, 'the fixture month has several days');
      assert.equal(await drawn.count(), shown, 'the newest four days are in the HTML');
      for (let i = 0; i < shown; i++) {
        assert.ok((await drawn.nth(i).locator('a[href^="/articles/"]').count()) > 0);
      }
    }));

  test('the date box shows no dead controls but the article’s month; with JavaScript it works', ({
    withPage,
  }) =>
    withPage(noJs, async (page) => {
      await page.goto(suite.url(`/articles/${ARTICLE}`));
      // Its code comes when the reader nears it (app/date-box): the page draws its place, with
      // the way into the archive the box would have offered.
      const box = page.getByRole('region', { name: 'Xem bài viết theo ngày' });
      await waitVisible(box);
      assert.equal(await box.locator('input, button').count(), 0, 'no control without code');
      const month = box.getByRole('link', { name: 'Xem các bài viết của tháng' });
      assert.match(await month.getAttribute('href'), /^\/archive\/\d{4}-\d{2}$/);
      const published = await page.locator('article time').first().getAttribute('datetime');
      assert.ok(published.startsWith((await month.getAttribute('href')).slice(9)), published);
    }).then(() =>
      withPage({}, async (page) => {
        await page.goto(suite.url(`/articles/${ARTICLE}`));
        await takenOver(page);
        const open = page.getByRole('button', { name: 'Mở lịch' });
        await waitUntil(() => open.isEnabled(), { message: 'the calendar button is enabled' });
        await open.click();
        await waitVisible(page.getByRole('dialog'));
      }),
    ));
});

test.describe('the head of a prerendered article', () => {
  test('has its title, description, canonical URL, Open Graph and NewsArticle JSON-LD', ({
    withPage,
  }) =>
    withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(suite.url(`/articles/${ARTICLE}`));
      const h1 = norm(await page.getByRole('heading', { level: 1 }).textContent());
      assert.ok((await page.title()).startsWith(h1), 'the tab names the article');
      const meta = (sel) => page.locator(sel).getAttribute('content');
      assert.equal(await meta('meta[property="og:title"]'), h1);
      assert.equal(await meta('meta[property="og:type"]'), 'article');
      assert.equal(await meta('meta[property="og:url"]'), `${SITE_URL}articles/${ARTICLE}`);
      assert.equal(
        await page.locator('link[rel="canonical"]').getAttribute('href'),
        `${SITE_URL}articles/${ARTICLE}`,
      );
      assert.match(await meta('meta[property="article:published_time"]'), /\+07:00$/);
      assert.ok((await meta('meta[name="description"]')).length > 0);
      const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
      const article = ld['@graph'].find((n) => n['@type'] === 'NewsArticle');
      assert.equal(article.headline, h1);
      assert.ok(ld['@graph'].some((n) => n['@type'] === 'BreadcrumbList'));
    }));
  test('home, a category and an article name a fetchable PNG og:image with its size', ({
    withPage,
  }) =>
    withPage({ javaScriptEnabled: false }, async (page) => {
      for (const at of ['/', `/categories/${CHILD}`, `/articles/${ARTICLE}`]) {
        await page.goto(suite.url(at));
        const meta = (sel) => page.locator(sel).getAttribute('content');
        const src = await meta('meta[property="og:image"]');
        // The fixture's pictures are SVGs: every page names the site card.
        assert.match(src, new RegExp(`^${SITE_URL}og-image-[0-9a-f]+\\.png$`), at);
        assert.equal(await meta('meta[property="og:image:width"]'), '1200', at);
        assert.equal(await meta('meta[property="og:image:height"]'), '630', at);
        assert.ok((await meta('meta[property="og:image:alt"]')).length > 0, at);
        assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image', at);
        assert.equal(await meta('meta[name="twitter:image"]'), src, at);
        const res = await fetch(suite.url(`/${src.slice(SITE_URL.length)}`));
        assert.equal(res.status, 200, src);
        assert.equal(res.headers.get('content-type'), 'image/png');
        const png = Buffer.from(await res.arrayBuffer());
        assert.equal(png.toString('latin1', 1, 4), 'PNG');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
      }
    }));
  test('is drawn with its own stylesheets before any script runs: the body, the date box’s place', ({
    withPage,
  }) =>
    withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(suite.url(`/articles/${ARTICLE}`));
      const style = (selector, property) =>
        page
          .locator(selector)
          .first()
          .evaluate((el, p) => getComputedStyle(el)[p], property);
      // The article's CSS and the date box's come with the page's code in the app; without
      // them in the head, the drawn page would move when they arrived.
      assert.equal(await style('.article__body', 'overflowWrap'), 'anywhere');
      // The date box's place keeps its height until its code comes (`auto` without the rule).
      assert.match(await style('.date-picker-placeholder', 'minHeight'), /^[1-9]\d*px$/);
    }));
});

test.describe('a hostile title', () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`stays text in the title, every meta, the JSON-LD and the data (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, ({
      withPage,
    }) =>
      withPage({ javaScriptEnabled }, async (page) => {
        await page.goto(suite.url(`/articles/${HOSTILE_ARTICLE}`));
        await page.waitForLoadState('networkidle').catch(() => {});
        assert.equal(
          norm(await page.getByRole('heading', { level: 1 }).textContent()),
          norm(HOSTILE_TITLE),
        );
        assert.ok((await page.title()).startsWith(norm(HOSTILE_TITLE).slice(0, 20)));
        const meta = (sel) => page.locator(sel).getAttribute('content');
        assert.equal(await meta('meta[property="og:title"]'), HOSTILE_TITLE);
        assert.equal(await meta('meta[name="twitter:title"]'), HOSTILE_TITLE);
        assert.equal(await meta('meta[name="description"]'), HOSTILE_TITLE);
        const ld = JSON.parse(
          await page.locator('script[type="application/ld+json"]').textContent(),
        );
        assert.equal(ld['@graph'][0].headline.slice(0, 30), HOSTILE_TITLE.slice(0, 30));
        const state = JSON.parse(await page.locator('#portal-state').textContent());
        assert.ok(JSON.stringify(state).includes(JSON.stringify(HOSTILE_TITLE).slice(1, -1)));
        assert.equal(await page.locator('img[src="x"]').count(), 0, 'no injected image');
        if (javaScriptEnabled) {
          assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
          expectNoPageErrors(page);
        }
      }));
  }
});

test.describe('hydration', () => {
  // Each page and the files it carries, which the browser must not download again.
  const pages = {
    '/': [`categories/${ROOT}/1.json`],
    [`/categories/${CHILD}`]: [`categories/${CHILD}/1.json`],
    [`/categories/${ROOT}/page/2`]: [`categories/${ROOT}/2.json`],
    [`/articles/${ARTICLE}`]: [`articles/${ARTICLE}.json`],
    '/archive/2007-12-10': ['archive/2007-12-10.json'],
    '/archive/2007-12': ['archive/2007-12.json', 'archive/2007-12-27.json'],
    '/contacts': [],
    '/feeds': [],
  };
  const LAYOUT = ['site.json', 'categories.json', 'contacts.json'];
  for (const timezoneId of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles']) {
    for (const [url, carried] of Object.entries(pages)) {
      test(`${url} (${timezoneId}): taken over with no error, its data not fetched again`, ({
        withPage,
      }) =>
        withPage({ timezoneId }, async (page) => {
          const data = [];
          page.on('request', (r) => {
            const file = new URL(r.url()).pathname.split('/api/')[1];
            if (file) data.push(file);
          });
          await page.goto(suite.url(url));
          const heading = norm(await page.locator('h1').first().textContent());
          await takenOver(page);
          await page.waitForLoadState('networkidle').catch(() => {});
          expectNoPageErrors(page);
          assert.deepEqual(consoleErrors(page), [], 'no console errors');
          assert.equal(norm(await page.locator('h1').first().textContent()), heading);
          const again = data.filter((f) => LAYOUT.includes(f) || carried.includes(f));
          assert.deepEqual(again, [], 'the page’s data was not fetched again');
        }));
    }
  }

  test('paints before any script or stylesheet is requested, then is taken over', ({ withPage }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url(`/articles/${ARTICLE}`));
      await takenOver(page);
      const { paint, scripts, styles } = await page.evaluate(() => {
        const files = (type) =>
          performance
            .getEntriesByType('resource')
            .filter((r) => new URL(r.name).pathname.endsWith(type))
            .map((r) => [new URL(r.name).pathname, r.startTime]);
        return {
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          scripts: files('.js'),
          styles: files('.css'),
        };
      });
      assert.ok(paint > 0, 'the page painted');
      assert.ok(scripts.length > 0, 'its code came');
      const early = scripts.filter(([, start]) => start < paint);
      assert.deepEqual(early, [], `requested before the first paint (${paint} ms)`);
      // Its stylesheets are in the page (#27): the text paints with the HTML alone.
      const earlyStyles = styles.filter(([, start]) => start < paint);
      assert.deepEqual(
        earlyStyles,
        [],
        `stylesheets requested before the first paint (${paint} ms)`,
      );
      assert.ok(
        await page.evaluate(() => document.head.querySelector('style') !== null),
        'the page carries its styles',
      );
    }));

  test('once taken over, starts offline support and keeps what the page carries: the article opens offline', ({
    withPage,
  }) =>
    withPage({ serviceWorkers: 'allow' }, async (page) => {
      const data = [];
      page.context().on('request', (r) => {
        if (new URL(r.url()).pathname.endsWith('.json')) data.push(new URL(r.url()).pathname);
      });
      await page.goto(suite.url(`/articles/${ARTICLE}`));
      const file = suite.url(`/api/articles/${ARTICLE}.json`);
      // The data the page carries is saved for offline reading from the page itself.
      await waitForServiceWorker(page, [file, suite.url('/api/site.json')]);
      assert.deepEqual(
        data.filter((p) => p.includes('/articles/')),
        [],
        'the article is not fetched again',
      );
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      await page.context().setOffline(true);
      await page.reload();
      await waitVisible(page.getByRole('heading', { level: 1, name: heading ?? '' }));
      expectNoPageErrors(page);
    }));

  test('an article is taken over without downloading the sanitiser; one drawn in the browser brings it and is cleaned', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      const sanitiser = [];
      page.on('request', (r) => {
        if (/\/assets\/sanitize-[\w-]+\.js$/.test(new URL(r.url()).pathname)) sanitiser.push(r);
      });
      await page.goto(suite.url(`/articles/${ARTICLE}`));
      await takenOver(page);
      await page.waitForLoadState('networkidle').catch(() => {});
      assert.equal(sanitiser.length, 0, 'the drawn body is taken over as it is');
      assert.ok(norm(await page.locator('.article__body').textContent()).length > 20);
      // To the hostile article inside the app: its body is cleaned in this browser.
      await page.evaluate((to) => {
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `/articles/${HOSTILE_ARTICLE}`);
      await waitVisible(page.getByText('Đoạn văn bình thường sau mã độc.'));
      assert.equal(sanitiser.length, 1, 'the sanitiser came for it');
      const body = await page.locator('.article__body').innerHTML();
      assert.doesNotMatch(body, /<script|<iframe|onerror|onclick|href="javascript:/i);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
      expectNoPageErrors(page);
    }));

  test('after taking over it is the SPA: client navigation and the calendar', ({ withPage }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url(`/articles/${ARTICLE}`));
      await takenOver(page);
      let documents = 0;
      page.on('request', (r) => {
        if (r.resourceType() === 'document') documents++;
      });
      await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link').nth(1).click();
      await page.waitForURL((u) => u.pathname.startsWith('/categories/'));
      await waitVisible(
        page.getByRole('navigation', { name: 'Phân trang' }).or(page.locator('h1')),
      );
      assert.equal(documents, 0, 'no page load: the app navigated');
      await page.getByRole('button', { name: 'Mở lịch' }).click();
      await waitVisible(page.getByRole('dialog'));
      expectNoPageErrors(page);
      assert.equal(pageErrors(page).length, 0);
    }));
});

test.describe('the generator', () => {
  test('writes sitemap.xml and robots.txt naming it', async () => {
    suite.ready();
    const res = await fetch(suite.url('/sitemap.xml'));
    assert.equal(res.status, 200);
    const xml = await res.text();
    assert.match(xml, new RegExp(`<loc>${SITE_URL}articles/${ARTICLE}</loc>`));
    assert.doesNotMatch(xml, /\/search|\/embed/);
    const robots = await (await fetch(suite.url('/robots.txt'))).text();
    assert.match(robots, new RegExp(`Sitemap: ${SITE_URL}sitemap.xml`));
    await waitUntil(async () => built !== undefined);
    assert.match(built.output, /build:pages: \d+ trang/);
  });
});
