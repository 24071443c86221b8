// What a resident sees, driven in Chromium against the built app and the browser fixture data
// (see fixture-api.mjs). Locators go by role and visible text — the UI contract — never by class.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { browserSuite, test } from './fixtures.mjs';
import {
  expectNoHorizontalScroll,
  expectNoPageErrors,
  expectNoSeriousAxe,
  pageDialogs,
  pageErrors,
  screenshot,
  TIMEOUT,
  waitUntil,
  waitVisible,
} from './harness.mjs';

const SITE_NAME = 'Ủy ban nhân dân Quận 1';
const ROOTS = ['tin-tuc-su-kien', 'thong-bao'];
const ROOT_NAME = 'Tin tức & sự kiện';
const CHILD = { slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' };
const ARTICLE_0030 = 'bai-0030-ngay-10'; // 2007-12-10T00:30+07:00
const ARTICLE_2330 = 'bai-2330-ngay-9'; // 2007-12-09T23:30+07:00
const HOSTILE = 'bai-html-doc-hai';
const NOT_FOUND = 'Không tìm thấy trang';

test.describe.configure({ timeout: 60_000 });
const suite = browserSuite();

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Path + search of the page's URL, e.g. "/categories/x?page=2". */
const where = (page) => {
  const u = new URL(page.url());
  return `${u.pathname}${u.search}`;
};

/** Navigate and wait until the page has an h1 and nothing is still loading. */
async function open(page, p) {
  await page.goto(suite.url(p), { waitUntil: 'domcontentloaded' });
  await settle(page);
}

async function settle(page) {
  await waitVisible(page.getByRole('heading', { level: 1 }));
  await waitUntil(
    () =>
      page
        .getByRole('status')
        .filter({ hasText: 'Đang tải' })
        .count()
        .then((n) => n === 0),
    { message: `still loading on ${page.url()}` },
  );
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
}

/** A document from the API folder being served, or null when it is not there. */
async function readApiJson(rel) {
  try {
    return JSON.parse(await readFile(path.join(suite.apiDir, rel), 'utf8'));
  } catch {
    return null;
  }
}

/** Innermost section/aside/region that contains a heading with this name. */
function sectionHeaded(page, name) {
  return page
    .locator('section, aside, article, [role="region"], [role="complementary"]')
    .filter({ has: page.getByRole('heading', { name }) })
    .last();
}

/** Distinct article hrefs (pathnames) of links inside `scope`, in document order. */
async function articleHrefs(scope) {
  const hrefs = await scope
    .locator('a[href*="/articles/"]')
    .evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  return [...new Set(hrefs)];
}

/** First link to an article in the main content (outside nav/aside) that has visible text. */
async function firstArticleLink(page) {
  const links = page.locator('main a[href*="/articles/"]:not(nav a):not(aside a)');
  await waitVisible(links);
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    const link = links.nth(i);
    if (norm(await link.textContent()) && (await link.isVisible())) return link;
  }
  throw new Error(`no article link with text on ${page.url()}`);
}

test.describe('header', () => {
  test('links the site name home, lists the root categories and starts with a skip link', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await open(page, '/');
      const home = await waitVisible(page.getByRole('link', { name: SITE_NAME, exact: true }));
      assert.equal(new URL(await home.evaluate((a) => a.href)).pathname, '/');

      const nav = page.getByRole('navigation', { name: 'Chuyên mục chính' });
      await waitVisible(nav.getByRole('link', { name: ROOT_NAME }));
      const navHrefs = await nav
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
      for (const slug of ROOTS) {
        assert.ok(navHrefs.includes(`/categories/${slug}`), `nav links to ${slug}: ${navHrefs}`);
      }
      // Children live under their parent, not in the top bar.
      assert.ok(!navHrefs.includes(`/categories/${CHILD.slug}`), 'child category not in main nav');
    }));

  test('Tab once from page load focuses "Bỏ qua, đến nội dung chính", Enter moves to main', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await open(page, '/');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        text: document.activeElement?.textContent?.trim(),
      }));
      assert.deepEqual(focused, { tag: 'A', text: 'Bỏ qua, đến nội dung chính' });
      await page.keyboard.press('Enter');
      await waitUntil(() => page.evaluate(() => !!document.activeElement?.closest('main')), {
        message: 'focus did not move into main after the skip link',
      });
    }));
});

test.describe('home', () => {
  test('has an h1, "Tin mới nhất" newest first, and the "Đường dây nóng" box', ({ withPage }) =>
    withPage({}, async (page) => {
      await open(page, '/');
      const latest = sectionHeaded(page, 'Tin mới nhất');
      await waitVisible(latest.locator('a[href*="/articles/"]'));
      const hrefs = await articleHrefs(latest);
      assert.ok(hrefs.length >= 2, `several latest articles: ${hrefs}`);

      const stamps = await latest
        .locator('time[datetime]')
        .evaluateAll((ts) => ts.map((el) => Date.parse(el.getAttribute('datetime'))));
      if (stamps.length >= 2) {
        const sorted = [...stamps].sort((a, b) => b - a);
        assert.deepEqual(stamps, sorted, 'latest list is newest first');
      }
      const i0030 = hrefs.indexOf(`/articles/${ARTICLE_0030}`);
      const i2330 = hrefs.indexOf(`/articles/${ARTICLE_2330}`);
      if (i0030 >= 0 && i2330 >= 0)
        assert.ok(i0030 < i2330, '00:30 on the 10th before 23:30 on the 9th');

      await waitVisible(page.getByRole('heading', { name: 'Đường dây nóng' }));
      expectNoPageErrors(page);
    }));
});

test.describe('category', () => {
  const catPath = `/categories/${CHILD.slug}`;

  test('shows its name, breadcrumb, articles and pagination', ({ withPage }) =>
    withPage({}, async (page) => {
      await open(page, catPath);
      const h1 = page.getByRole('heading', { level: 1 });
      assert.equal(norm(await h1.textContent()), CHILD.name);

      const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' });
      const home = await waitVisible(crumbs.getByRole('link', { name: 'Trang chủ' }));
      assert.equal(new URL(await home.evaluate((a) => a.href)).pathname, '/');
      const parent = crumbs.getByRole('link', { name: ROOT_NAME });
      assert.equal(
        new URL(await parent.evaluate((a) => a.href)).pathname,
        '/categories/tin-tuc-su-kien',
      );

      const list = await articleHrefs(page.locator('main'));
      assert.ok(list.length >= 1, 'articles listed');

      const pager = page.getByRole('navigation', { name: 'Phân trang' });
      await waitVisible(pager.getByRole('link'));
      const current = pager.locator('[aria-current="page"]');
      assert.equal(await current.count(), 1, 'exactly one current page');
      assert.equal(norm(await current.textContent()), '1');
      await pager.getByRole('link', { name: '3', exact: true }).waitFor();
      expectNoPageErrors(page);
    }));

  test('clicking "2" goes to /page/2 with other articles', ({ withPage }) =>
    withPage({}, async (page) => {
      await open(page, catPath);
      const first = await articleHrefs(page.locator('main'));
      const pager = page.getByRole('navigation', { name: 'Phân trang' });
      await pager.getByRole('link', { name: '2', exact: true }).click();
      await page.waitForURL((u) => u.pathname === `${catPath}/page/2`);
      await waitUntil(
        () =>
          pager
            .locator('[aria-current="page"]')
            .textContent()
            .then((s) => norm(s) === '2'),
        { message: 'page 2 is not marked aria-current' },
      );
      await settle(page);
      const second = await articleHrefs(page.locator('main'));
      assert.ok(
        second.some((h) => !first.includes(h)),
        `page 2 lists different articles (p1 ${first}, p2 ${second})`,
      );
    }));

  for (const bad of ['abc', '999']) {
    test(`?page=${bad} is "not found" with a way home`, ({ withPage }) =>
      withPage({}, async (page) => {
        await open(page, `${catPath}?page=${bad}`);
        await waitVisible(page.getByRole('heading', { name: NOT_FOUND }));
        await waitVisible(page.getByRole('link', { name: 'Về trang chủ' }));
        expectNoPageErrors(page);
      }));
  }
});

test.describe('journey', () => {
  test('home → root category → page 2 → article → back to page 2', ({ withPage }) =>
    withPage({}, async (page) => {
      await open(page, '/');
      const nav = page.getByRole('navigation', { name: 'Chuyên mục chính' });
      await nav.getByRole('link', { name: ROOT_NAME }).click();
      await page.waitForURL((u) => u.pathname === '/categories/tin-tuc-su-kien');
      await settle(page);

      const pager = page.getByRole('navigation', { name: 'Phân trang' });
      const two = pager.getByRole('link', { name: '2', exact: true });
      let listUrl;
      if (await two.count()) {
        await two.click();
        await page.waitForURL((u) => u.pathname.endsWith('/page/2'));
        listUrl = '/categories/tin-tuc-su-kien/page/2';
      } else {
        await page.getByRole('main').getByRole('link', { name: CHILD.name }).first().click();
        await page.waitForURL((u) => u.pathname === `/categories/${CHILD.slug}`);
        listUrl = `/categories/${CHILD.slug}`;
      }
      await settle(page);
      assert.equal(where(page), listUrl);

      const link = await firstArticleLink(page);
      const title = norm(await link.textContent());
      await link.click();
      await page.waitForURL((u) => u.pathname.startsWith('/articles/'));
      // The router keeps the list on screen (a React transition) until the article's code and
      // data are in, so wait for the new heading rather than for "no loading status".
      await waitUntil(
        async () => norm(await page.getByRole('heading', { level: 1 }).textContent()) === title,
        { message: `article heading "${title}" never appeared` },
      );
      await settle(page);

      await page.goBack();
      await page.waitForURL((u) => `${u.pathname}${u.search}` === listUrl);
      await settle(page);
      assert.equal(where(page), listUrl);
      if (listUrl.endsWith('page=2')) {
        assert.equal(norm(await pager.locator('[aria-current="page"]').textContent()), '2');
      }
      expectNoPageErrors(page);
    }));
});

/** The article's own date: the first `time` in main that carries a date and a time. */
async function articleTime(page) {
  const time = page
    .locator('main time')
    .filter({ hasText: /\d{2}\/\d{2}\/\d{4}/ })
    .first();
  await waitVisible(time);
  return norm(await time.textContent());
}

test.describe('article', () => {
  test('keeps a figure’s box before its slow image arrives (the data gives its size)', ({
    withPage,
  }) =>
    withPage({ width: 412, height: 823 }, async (page) => {
      let release;
      const arrived = new Promise((resolve) => {
        release = resolve;
      });
      await page.route(/\/images\//, async (route) => {
        await arrived;
        await route.continue();
      });
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await open(page, '/articles/bai-co-anh');
      const figure = page.locator('main figure img').first();
      await waitVisible(page.locator('main figcaption').first());
      const before = await figure.boundingBox();
      assert.ok(before && before.height > 100, `reserved height ${before?.height}`);
      release();
      await page.waitForFunction(() => document.querySelector('main figure img')?.complete);
      const after = await figure.boundingBox();
      assert.equal(Math.round(after?.height ?? 0), Math.round(before.height));
      assert.equal(await page.evaluate(() => window.__shift), 0);
    }));

  test('has h1, dd/MM/yyyy HH:mm time, "Các tin đã đưa" and "In bài viết"', ({ withPage }) =>
    withPage({ timezoneId: 'UTC' }, async (page) => {
      await open(page, `/articles/${ARTICLE_0030}`);
      const time = await articleTime(page);
      assert.match(time, /\d{2}\/\d{2}\/\d{4}/);
      assert.match(time, /\d{2}:\d{2}/);
      // 00:30 +07:00 is 17:30 on the 9th in UTC: the page must still say the 10th.
      assert.match(time, /10\/12\/2007/);
      assert.match(time, /00:30/);

      const older = sectionHeaded(page, 'Các tin đã đưa');
      await waitVisible(older.locator('a[href*="/articles/"]'));
      const entries = older.getByRole('listitem');
      const n = await entries.count();
      assert.ok(n >= 1, '"Các tin đã đưa" has entries');
      for (let i = 0; i < n; i++) {
        const entry = entries.nth(i);
        assert.match(norm(await entry.textContent()), /\d{2}:\d{2} - \d{2}\/\d{2}\/\d{4}/);
        assert.ok((await entry.locator('a[href*="/articles/"]').count()) >= 1, 'entry has a link');
      }
      const e2330 = entries.filter({ has: page.locator(`a[href$="/articles/${ARTICLE_2330}"]`) });
      if (await e2330.count()) {
        assert.match(norm(await e2330.first().textContent()), /23:30 - 09\/12\/2007/);
      }

      await waitVisible(page.getByRole('button', { name: 'In bài viết' }));
      expectNoPageErrors(page);
    }));

  test('renders a hostile body inert', ({ withPage }) =>
    withPage({}, async (page) => {
      await open(page, `/articles/${HOSTILE}`);
      // The page must really show this article (an empty page would pass the checks below),
      // with its title as plain text even if it looks like markup.
      const doc = await readApiJson(`articles/${HOSTILE}.json`);
      if (doc?.title) {
        const h1 = page.getByRole('heading', { level: 1 });
        assert.equal(norm(await h1.textContent()), norm(doc.title), 'h1 is the title, as text');
      }
      // Give onerror/onload handlers and timers a chance to fire if anything slipped through.
      await page.waitForTimeout(500);
      const found = await page.evaluate(() => {
        const main = document.querySelector('main');
        const onAttrs = [];
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            if (attr.name.toLowerCase().startsWith('on'))
              onAttrs.push(`${el.tagName}[${attr.name}]`);
          }
        }
        const jsUrls = [
          ...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]'),
        ]
          .flatMap((el) =>
            ['href', 'src', 'action', 'formaction', 'xlink:href'].map(
              (a) => el.getAttribute(a) ?? '',
            ),
          )
          .filter((v) =>
            /^\s*(javascript|vbscript|data:text\/html)/i.test(
              [...v].filter((c) => c.charCodeAt(0) > 0x1f).join(''),
            ),
          );
        return {
          scripts: main?.querySelectorAll('script').length ?? -1,
          frames: main?.querySelectorAll('iframe, frame, object, embed').length ?? -1,
          onAttrs,
          jsUrls,
        };
      });
      assert.equal(found.scripts, 0, 'no <script> in main');
      assert.equal(found.frames, 0, 'no iframe/object/embed in main');
      assert.deepEqual(found.onAttrs, [], 'no on* attributes');
      assert.deepEqual(found.jsUrls, [], 'no javascript: URLs');
      assert.deepEqual(pageDialogs(page), [], 'no dialog opened');
      expectNoPageErrors(page);
    }));

  test('shows the site-local date and time to a reader in Los Angeles', ({ withPage }) =>
    withPage({ timezoneId: 'America/Los_Angeles' }, async (page) => {
      await open(page, `/articles/${ARTICLE_0030}`);
      const time = await articleTime(page);
      assert.match(time, /10\/12\/2007/);
      assert.match(time, /00:30/);

      await open(page, `/articles/${ARTICLE_2330}`);
      const other = await articleTime(page);
      assert.match(other, /09\/12\/2007/);
      assert.match(other, /23:30/);
    }));
});

test.describe('contacts', () => {
  test('has an h1 and every phone is a tel: link of digits only', ({ withPage }) =>
    withPage({}, async (page) => {
      await open(page, '/contacts');
      await waitVisible(page.locator('main a[href^="tel:"]'));
      const hrefs = await page
        .locator('a[href^="tel:"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length >= 1);
      const bad = hrefs.filter((h) => !/^tel:\+?\d+(?:,\d+)?$/.test(h));
      assert.deepEqual(bad, [], 'tel: links are digits only');
      expectNoPageErrors(page);
    }));
});

test.describe('deep link and reload', () => {
  const routes = [
    '/',
    `/categories/${CHILD.slug}`,
    `/categories/${CHILD.slug}/page/2`,
    `/articles/${ARTICLE_0030}`,
    '/archive/2007-12-10',
    '/archive/2007-12',
    '/contacts',
    '/embed/latest',
    '/embed/contacts',
    '/embed/calendar',
    '/khong-co-trang-nay/abc',
  ];
  for (const route of routes) {
    test(route, ({ withPage }) =>
      withPage({}, async (page) => {
        const res = await page.goto(suite.url(route));
        assert.equal(res?.status(), 200);
        await page.reload();
        assert.equal(where(page), route);
        // An h1, or (widgets) real content in the body that is not just "loading".
        await waitUntil(
          () =>
            page.evaluate(() => {
              const h1 = document.querySelector('h1');
              if (h1 && h1.getClientRects().length > 0) return true;
              const text =
                (
                  document.querySelector('main') ?? document.getElementById('root')
                )?.textContent?.trim() ?? '';
              return text.length > 0 && !/^Đang tải/.test(text);
            }),
          { message: `nothing shown on ${route} after reload` },
        );
        if (route.startsWith('/khong-co')) {
          await waitVisible(page.getByRole('heading', { name: NOT_FOUND }));
        }
        await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
        assert.deepEqual(
          pageErrors(page).map((e) => e.message),
          [],
          `no page errors on ${route}`,
        );
      }),
    );
  }
});

test.describe('the page’s own data starts downloading with the HTML', () => {
  const pages = {
    [`/articles/${ARTICLE_0030}`]: `articles/${ARTICLE_0030}.json`,
    '/archive/2007-12-10': 'archive/2007-12-10.json',
    '/archive/2007-12': 'archive/2007-12.json',
    [`/categories/${CHILD.slug}/page/2`]: `categories/${CHILD.slug}/2.json`,
  };
  for (const [route, own] of Object.entries(pages)) {
    test(`${route}: ${own} is preloaded, and every file is downloaded once`, ({ withPage }) =>
      withPage({}, async (page) => {
        const requested = [];
        page.on('request', (r) => {
          const file = new URL(r.url()).pathname.split('/api/')[1];
          if (file) requested.push(file);
        });
        await page.goto(suite.url(route));
        await waitVisible(page.getByRole('heading', { level: 1 }));
        await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
        const preloaded = await page.evaluate(() =>
          [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map(
            (link) => new URL(link.href).pathname.split('/api/')[1],
          ),
        );
        assert.ok(preloaded.includes(own), `preloaded: ${preloaded.join(', ')}`);
        assert.deepEqual(
          requested.filter((file, i) => requested.indexOf(file) !== i),
          [],
          `downloaded twice: ${requested.join(', ')}`,
        );
      }));
  }
});

const LAYOUT_PAGES = {
  home: '/',
  category: `/categories/${CHILD.slug}`,
  article: `/articles/${ARTICLE_0030}`,
  contacts: '/contacts',
};

test.describe('phones 320 and 360 px wide', () => {
  for (const width of [320, 360]) {
    for (const [name, p] of Object.entries(LAYOUT_PAGES)) {
      test(`${name} at ${width} px: no horizontal scroll`, ({ withPage }) =>
        withPage({ width, height: 740 }, async (page) => {
          await open(page, p);
          await expectNoHorizontalScroll(page);
        }));
    }
  }
});

test.describe('printing an article (Decree 42/2022)', () => {
  test('prints the article alone: no header, navigation, sidebar, footer or buttons', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await open(page, `/articles/${ARTICLE_0030}`);
      await page.emulateMedia({ media: 'print' });
      const shown = (selector) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display !== 'none');
      assert.equal(await shown('header.site-header'), false, 'header printed');
      assert.equal(await shown('footer.site-footer'), false, 'footer printed');
      assert.equal(await shown('main aside'), false, 'sidebar printed');
      assert.equal(await page.getByRole('button', { name: 'In bài viết' }).isVisible(), false);
      assert.ok(await page.getByRole('heading', { level: 1 }).isVisible(), 'title printed');
      assert.ok(await page.locator('article time').first().isVisible(), 'date printed');
    }));
});

test.describe('axe (wcag2a/aa, 2.1aa, 2.2aa): no serious or critical violations', () => {
  const pages = { ...LAYOUT_PAGES, 'not-found': '/khong-co-trang-nay' };
  for (const [name, p] of Object.entries(pages)) {
    test(name, ({ withPage }) =>
      withPage({}, async (page) => {
        await open(page, p);
        await expectNoSeriousAxe(page);
      }),
    );
  }
});

test.describe('screenshots', () => {
  const shots = { home: '/', article: `/articles/${ARTICLE_0030}`, contacts: '/contacts' };
  for (const width of [1280, 360]) {
    for (const [name, p] of Object.entries(shots)) {
      test(`${name} at ${width} px`, ({ withPage }) =>
        withPage({ width, height: width === 360 ? 740 : 800 }, async (page) => {
          await open(page, p);
          const file = await screenshot(page, `${name}-${width}`);
          assert.ok(file.endsWith('.png'));
        }));
    }
  }
});
