// Feeds (contract §5) in Chromium against the built app and the browser fixture data, whose
// feeds build-api writes along with the rest (fixture-api.mjs): /feeds lists and copies them,
// a category page announces its own, and the feed it points to parses as Atom.

import assert from 'node:assert/strict';
import { browserSuite, test } from './fixtures.mjs';
import {
  expectNoHorizontalScroll,
  expectNoPageErrors,
  expectNoSeriousAxe,
  waitVisible,
} from './harness.mjs';

test.describe.configure({ timeout: 60_000 });
const suite = browserSuite();
const ATOM = 'application/atom+xml';
const PARENT = { slug: 'tin-tuc-su-kien', name: 'Tin tức & sự kiện' };
const DESCENDANTS = ['cai-cach-hanh-chinh', 'mot-cua'];

/** The feeds announced in <head>: [{ href, title }]. */
const announced = (page) =>
  page.$$eval(`head link[rel="alternate"][type="${ATOM}"]`, (links) =>
    links.map((l) => ({ href: l.href, title: l.title })),
  );

/**
 * Fetches a feed from the page and parses it with the browser's own XML parser: through XHR,
 * since the page's Trusted Types policy (contract §7) refuses a string to DOMParser, from test
 * code too. Not well-formed XML gives no document at all.
 */
function readFeed(page, href) {
  return page.evaluate(async (url) => {
    const response = await new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', url);
      xhr.overrideMimeType('application/xml');
      xhr.responseType = 'document';
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () => reject(new Error(`GET ${url} failed`));
      xhr.send();
    });
    const doc = response.response;
    if (!doc) return { status: response.status, parseError: 'not well-formed XML' };
    const NS = 'http://www.w3.org/2005/Atom';
    const kids = (el, name) =>
      [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
    const one = (el, name) => kids(el, name)[0]?.textContent ?? null;
    const root = doc.documentElement;
    return {
      status: response.status,
      parseError: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      root: `${root.namespaceURI} ${root.localName}`,
      id: one(root, 'id'),
      title: one(root, 'title'),
      updated: one(root, 'updated'),
      links: kids(root, 'link').map((l) => l.getAttribute('rel')),
      scripts: doc.getElementsByTagName('script').length,
      entries: kids(root, 'entry').map((e) => ({
        id: one(e, 'id'),
        title: one(e, 'title'),
        link: kids(e, 'link')[0]?.getAttribute('href'),
        published: one(e, 'published'),
        category: kids(e, 'category')[0]?.getAttribute('term'),
      })),
    };
  }, href);
}

test.describe('feeds', () => {
  test('/feeds lists every feed by category with its address, copies one by keyboard, fits 360 px', ({
    withPage,
  }) =>
    withPage({ width: 360, height: 740 }, async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(suite.url('/feeds'));
      await waitVisible(page.getByRole('heading', { level: 1, name: 'Nhận tin qua Atom/RSS' }));
      await waitVisible(page.getByRole('link', { name: /mot-cua\.xml$/ }));
      const base = suite.url('/api/feeds/');
      const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.href));
      const feeds = hrefs.filter((h) => h.startsWith(base));
      assert.deepEqual(
        feeds.map((h) => h.slice(base.length)),
        [
          'all.xml',
          'tin-tuc-su-kien.xml',
          'cai-cach-hanh-chinh.xml',
          'mot-cua.xml',
          'thong-bao.xml',
        ],
      );
      // The address is shown in full, as text one can read and copy.
      assert.ok(await page.getByText(`${base}thong-bao.xml`, { exact: true }).isVisible());
      for (const href of feeds) {
        const feed = await readFeed(page, href);
        assert.equal(feed.status, 200, href);
        assert.equal(feed.parseError, null, href);
        assert.equal(feed.root, 'http://www.w3.org/2005/Atom feed', href);
      }

      // Keyboard: from the address, Tab reaches its copy button; Enter copies and says so.
      await page.getByRole('link', { name: `${base}cai-cach-hanh-chinh.xml` }).focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      assert.equal(focused, 'Sao chép địa chỉ tin Cải cách hành chính');
      await page.keyboard.press('Enter');
      await waitVisible(page.getByRole('status').filter({ hasText: 'Đã sao chép địa chỉ.' }));
      assert.equal(
        await page.evaluate(() => navigator.clipboard.readText()),
        `${base}cai-cach-hanh-chinh.xml`,
      );

      assert.deepEqual(
        (await announced(page)).map((l) => l.href),
        [`${base}all.xml`],
        'index.html announces the site-wide feed',
      );
      const footer = page
        .getByRole('contentinfo')
        .getByRole('link', { name: 'Nhận tin qua Atom/RSS' });
      assert.equal(await footer.getAttribute('href'), '/feeds');
      await expectNoHorizontalScroll(page);
      await expectNoSeriousAxe(page);
      expectNoPageErrors(page);
    }));

  test("a category page announces its feed, which parses and holds the category's newest with its children's", ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url(`/categories/${PARENT.slug}`));
      await waitVisible(page.getByRole('heading', { level: 1, name: PARENT.name }));
      const links = await announced(page);
      const own = links.find((l) => l.title === `${PARENT.name} (Atom)`);
      assert.ok(own, JSON.stringify(links));
      assert.equal(own.href, suite.url(`/api/feeds/${PARENT.slug}.xml`));
      assert.ok(
        links.some((l) => l.href.endsWith('/api/feeds/all.xml')),
        'site feed kept',
      );

      const feed = await readFeed(page, own.href);
      assert.equal(feed.parseError, null);
      assert.equal(feed.root, 'http://www.w3.org/2005/Atom feed');
      assert.ok(feed.id && feed.title && feed.updated, JSON.stringify(feed));
      assert.deepEqual([...feed.links].sort(), ['alternate', 'self']);
      assert.equal(feed.scripts, 0, 'titles are text, never markup');
      assert.ok(feed.entries.length > 0 && feed.entries.length <= 50);
      const terms = new Set(feed.entries.map((e) => e.category));
      assert.ok(
        [...terms].every((term) => [PARENT.slug, ...DESCENDANTS].includes(term)),
        [...terms].join(),
      );
      assert.ok(
        [...terms].some((term) => DESCENDANTS.includes(term)),
        'includes its children',
      );
      const times = feed.entries.map((e) => Date.parse(e.published));
      assert.deepEqual(
        times,
        [...times].sort((a, b) => b - a),
        'newest first',
      );
      for (const entry of feed.entries) assert.match(entry.published, /\+07:00$/);

      // An entry's link is the article's portal URL: the same path opens that article here.
      const first = feed.entries[0];
      await page.goto(suite.url(new URL(first.link).pathname));
      await waitVisible(page.getByRole('heading', { level: 1, name: first.title }));
      // Leaving the category takes its feed out of <head>.
      assert.deepEqual(
        (await announced(page)).map((l) => l.href),
        [suite.url('/api/feeds/all.xml')],
      );
      expectNoPageErrors(page);
    }));
});
