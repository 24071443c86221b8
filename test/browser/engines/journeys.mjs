// The journeys that matter, written once for every engine (adapter.mjs's page API): each is
// `{ name, javaScript, width?, run(t) }`, where `t` has the `page`, the servers (`portal`: the
// prerendered build over the browser fixture; `plain`: dist/ over the same data, for the
// service worker; `search`: dist/ over the search spec's data), `engine`, `note(text)` and
// `skip(reason)`. run.mjs runs them in order and fails a journey whose pages reported a policy
// violation, an uncaught error or a console error (server.mjs's probe and report-uri).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { wardSite } from './server.mjs';

const ARTICLE = 'bai-0030-ngay-10';
const DAY = /^10\/12\/2007, \d+ bài viết$/;
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function article(t, id) {
  return JSON.parse(await readFile(path.join(t.portal.apiDir, 'articles', `${id}.json`), 'utf8'));
}

const text = (page, selector) =>
  page.evaluate(
    (s) => (document.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    selector,
  );
const pathname = (page) => page.url().then((u) => new URL(u).pathname);

/** Until the path is `want` (a string, or a RegExp), and the page has an h1. */
async function waitForPath(page, want) {
  await page.waitFor(
    (source, exact) => {
      const p = location.pathname;
      return (exact ? p === source : new RegExp(source).test(p)) && !!document.querySelector('h1');
    },
    [want instanceof RegExp ? want.source : want, typeof want === 'string'],
    { message: `the page never became ${want}` },
  );
}

/** Until React has taken over (the date box's controls are enabled once it has). */
async function waitTakenOver(page) {
  await page.waitFor(
    () => {
      const open = document.querySelector('.date-picker__open');
      return open && !open.disabled;
    },
    [],
    { timeout: 15_000, message: 'the page was never taken over (Mở lịch stays disabled)' },
  );
}

/** The day's archive page of 10/12/2007 (site-local: the 00:30 article, not the 23:30 one of the 9th). */
async function expectTenthOfDecember(t) {
  await waitForPath(t.page, '/archive/2007-12-10');
  await t.page.find({ css: 'h1', text: '^Thứ Hai, 10/12/2007$' });
  const midnight = await article(t, ARTICLE);
  const late = await article(t, 'bai-2330-ngay-9');
  await t.page.find({ css: 'main a', text: `^${escapeRe(midnight.title)}$` });
  const titles = await t.page.evaluate(() =>
    [...document.querySelectorAll('main a')].map((a) => a.textContent.trim()),
  );
  assert.ok(!titles.includes(late.title), 'the 23:30 article of the 9th is not on the 10th');
}

export const journeys = [
  {
    // Without this, "no violation reported" could mean "nothing is listening" in some engine.
    name: 'the recorder hears this engine: a refused image and a console error are reported',
    async run(t) {
      const { page } = t;
      await page.goto(`${t.portal.url}feeds`);
      await page.evaluate(() => {
        const img = new Image();
        img.src = 'http://203.0.113.9/refused.png';
        document.body.append(img);
        console.error('engines self-check');
      });
      // The reports arrive at the proxy asynchronously (beacons, report-uri).
      const heard = { violation: false, consoleError: false };
      for (const deadline = Date.now() + 5000; Date.now() < deadline; ) {
        const log = t.portal.log;
        heard.violation = log.some((e) => e.kind === 'violation' && /img-src/.test(e.text));
        heard.consoleError = log.some(
          (e) => e.kind === 'console' && /engines self-check/.test(e.text),
        );
        if (heard.violation && heard.consoleError) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      // The same violation comes twice (the page's event, the browser's report-uri): the
      // second may be on its way still. Let it land here, not in the next journey.
      await new Promise((r) => setTimeout(r, 1000));
      const log = t.portal.takeLog();
      assert.ok(heard.violation, `the img-src violation was reported: ${JSON.stringify(log)}`);
      assert.ok(heard.consoleError, `the console error was reported: ${JSON.stringify(log)}`);
      t.note(`heard: ${[...new Set(log.map((e) => e.kind))].join(', ')} (${log.length} reports)`);
    },
  },

  {
    name: 'a prerendered article, read with JavaScript off',
    javaScript: false,
    width: 360,
    height: 740,
    async run(t) {
      const { page } = t;
      const data = await article(t, ARTICLE);
      await page.goto(`${t.portal.url}articles/${ARTICLE}`);
      // The probe is a script of the page: with scripts off it never ran.
      assert.equal(
        await page.evaluate(() => document.documentElement.getAttribute('data-engines-probe')),
        null,
        'JavaScript is off in this browser',
      );
      assert.equal(await text(page, 'h1'), norm(data.title));
      assert.ok((await text(page, '.article__body')).length > 20, 'the body is there');
      assert.match(await text(page, 'main time'), /10\/12\/2007/, 'site-local date');
      // No control that only JavaScript could work is shown.
      assert.equal(
        await page.evaluate(() => {
          const open = document.querySelector('.date-picker__open');
          return !!open && open.getBoundingClientRect().width > 0;
        }),
        false,
        '"Mở lịch" is hidden without JavaScript',
      );
      assert.ok(
        await page.evaluate(() => document.querySelectorAll('a[href^="tel:"]').length > 0),
        'the hotline is there, as tel: links',
      );
      const width = await page.evaluate(() => ({
        inner: innerWidth,
        scroll: document.documentElement.scrollWidth,
      }));
      assert.equal(width.inner, 360, 'a 360 px wide viewport');
      assert.ok(width.scroll <= width.inner, `no sideways scroll (${width.scroll} px wide)`);
      const file = await page.screenshotTo(
        path.join(t.screenshots, `article-360-${t.engine}-nojs.png`),
      );
      t.note(`screenshot ${path.relative(process.cwd(), file)}`);
      // A link followed the old way: a page load, a complete page.
      await page.clickOn({ css: 'nav[aria-label="Đường dẫn"] a', nth: 1 });
      await waitForPath(page, /^\/categories\//);
      assert.ok(
        await page.evaluate(
          () => document.querySelectorAll('main a[href^="/articles/"]').length > 0,
        ),
        'the category page lists its articles',
      );
    },
  },

  {
    name: 'the prerendered page becomes the app (no error), then navigates in the app',
    width: 360,
    height: 740,
    async run(t) {
      const { page } = t;
      await page.goto(`${t.portal.url}articles/${ARTICLE}`);
      // The server's prerendered page, not the shell a service worker would answer with.
      assert.equal(
        await page.evaluate(() => !!navigator.serviceWorker?.controller),
        false,
        'no service worker answered this page',
      );
      const heading = await text(page, 'h1');
      assert.ok(heading.length > 0, 'the prerendered page has its heading before any script');
      await waitTakenOver(page);
      assert.equal(await text(page, 'h1'), heading, 'the same heading once taken over');
      const file = await page.screenshotTo(path.join(t.screenshots, `article-360-${t.engine}.png`));
      t.note(`screenshot ${path.relative(process.cwd(), file)}`);
      // A mark on the document: a page load would lose it, a client navigation keeps it.
      await page.evaluate(() => document.documentElement.setAttribute('data-engines-stay', '1'));
      await page.clickOn({ css: 'nav[aria-label="Đường dẫn"] a', nth: 1 });
      await waitForPath(page, /^\/categories\//);
      await page.waitFor(
        (before) => document.querySelector('h1')?.textContent.trim() !== before,
        [heading],
      );
      assert.equal(
        await page.evaluate(() => document.documentElement.getAttribute('data-engines-stay')),
        '1',
        'no page load: the app navigated',
      );
      // …and the article it lists opens in the app too, its body drawn by the app (the
      // sanitiser and the Trusted Types policy, where the engine has them).
      await page.clickOn({ css: 'main a[href^="/articles/"]' });
      await waitForPath(page, /^\/articles\//);
      await page.find({ css: '.article__body p' });
      assert.equal(
        await page.evaluate(() => document.documentElement.getAttribute('data-engines-stay')),
        '1',
      );
      t.note(
        `Trusted Types: ${(await page.evaluate(() => typeof globalThis.trustedTypes !== 'undefined')) ? 'enforced' : 'absent (the policy falls back to plain strings)'}`,
      );
    },
  },

  {
    name: 'the date picker by mouse: home → Mở lịch → December 2007 → 10 → the day',
    // On a phone: the popup must fit the screen.
    width: 360,
    height: 740,
    async run(t) {
      const { page } = t;
      await page.goto(t.portal.url);
      // Home's date box arrives as the reader scrolls to it.
      await page.waitFor(() => {
        const heading = [...document.querySelectorAll('h2, h3')].find(
          (h) => h.textContent.trim() === 'Xem bài viết theo ngày',
        );
        (document.querySelector('.date-picker') ?? heading)?.scrollIntoView({ block: 'center' });
        const open = document.querySelector('.date-picker__open');
        return open && !open.disabled;
      });
      await page.clickOn({ css: 'button', text: '^Mở lịch$' });
      const dialog = '[role="dialog"]';
      await page.find({ css: `${dialog} select`, label: 'Chọn tháng' });
      for (let i = 0; i < 24; i++) {
        const month = await page.evaluate(
          () =>
            document.querySelector(
              '[role="dialog"] select[aria-label="Chọn tháng"], [role="dialog"] select',
            )?.value,
        );
        const year = await page.evaluate(() =>
          [...document.querySelectorAll('[role="dialog"] select')].map((s) => s.value).join(' '),
        );
        if (month === '11' && year.includes('2007')) break;
        await page.clickOn({ css: `${dialog} button`, text: '^Đến tháng trước$' });
      }
      const fit = await page.evaluate(() => {
        const d = [...document.querySelectorAll('[role="dialog"]')].find(
          (x) => x.getBoundingClientRect().width > 0,
        );
        const r = d.getBoundingClientRect();
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          vw: innerWidth,
          vh: innerHeight,
          scroll: document.documentElement.scrollWidth,
        };
      });
      assert.ok(fit.left >= 0 && fit.right <= fit.vw, `fits across: ${JSON.stringify(fit)}`);
      assert.ok(fit.top >= 0 && fit.bottom <= fit.vh, `fits down: ${JSON.stringify(fit)}`);
      assert.ok(fit.scroll <= fit.vw, `no sideways scroll: ${JSON.stringify(fit)}`);
      await page.screenshotTo(path.join(t.screenshots, `calendar-360-${t.engine}.png`));
      await page.clickOn({ css: `${dialog} button`, text: DAY.source });
      await expectTenthOfDecember(t);
      // (The popup stays drawn, hidden, ready for the next "Mở lịch".)
      assert.equal(
        await page.evaluate(
          () =>
            [...document.querySelectorAll('[role="dialog"]')].filter(
              (d) => d.getBoundingClientRect().width > 0,
            ).length,
        ),
        0,
        'the popup closed',
      );
    },
  },

  {
    name: 'the date picker by keyboard: Enter opens on the day, arrows move, Enter goes',
    async run(t) {
      const { page } = t;
      await page.goto(`${t.portal.url}articles/${ARTICLE}`);
      await waitTakenOver(page);
      const open = await page.find({ css: 'button', text: '^Mở lịch$' });
      // Tab from the top of the page, as a keyboard user gets there.
      const focused = () =>
        page.evaluate((s) => document.activeElement === document.querySelector(s), open);
      for (let i = 0; i < 80 && !(await focused()); i++) await page.press('Tab');
      assert.ok(await focused(), 'Tab reaches "Mở lịch"');
      await page.press('Enter');
      const focusedName = () =>
        page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      await page.waitFor(
        (re) => new RegExp(re).test(document.activeElement?.getAttribute('aria-label') ?? ''),
        [DAY.source],
        { message: 'focus is on 10/12/2007 when the calendar opens' },
      );
      await page.press('ArrowRight');
      await page.waitFor(
        () => /^11\/12\/2007/.test(document.activeElement?.getAttribute('aria-label') ?? ''),
        [],
        {
          message: 'ArrowRight moves to the 11th',
        },
      );
      await page.press('ArrowLeft');
      await page.press('ArrowLeft');
      await page.waitFor(
        () => /^09\/12\/2007/.test(document.activeElement?.getAttribute('aria-label') ?? ''),
        [],
        {
          message: `ArrowLeft twice moves to the 9th (focus: ${await focusedName()})`,
        },
      );
      // Escape closes and gives focus back to "Mở lịch"; Enter opens again.
      await page.press('Escape');
      await page.waitFor((s) => document.activeElement === document.querySelector(s), [open], {
        message: 'focus returns to "Mở lịch"',
      });
      await page.press('Enter');
      await page.waitFor(() =>
        /^10\/12\/2007/.test(document.activeElement?.getAttribute('aria-label') ?? ''),
      );
      await page.press('ArrowLeft');
      await page.waitFor(() =>
        /^09\/12\/2007/.test(document.activeElement?.getAttribute('aria-label') ?? ''),
      );
      await page.press('Enter');
      await waitForPath(page, '/archive/2007-12-09');
      await page.find({ css: 'h1', text: '^Chủ Nhật, 09/12/2007$' });
    },
  },

  {
    name: 'a month of the archive on a phone: the days below the first screen load as it scrolls',
    width: 360,
    height: 740,
    async run(t) {
      const { page } = t;
      await page.goto(`${t.portal.url}archive/2007-12`);
      await waitTakenOver(page);
      const counts = () =>
        page.evaluate(() => ({
          days: document.querySelectorAll('main section.archive-day').length,
          drawn: document.querySelectorAll('main section.archive-day ul.archive-list').length,
        }));
      const first = await counts();
      assert.ok(
        first.days > first.drawn,
        `some days wait below the first screen (${JSON.stringify(first)})`,
      );
      // The reader scrolls down a screen at a time; each day's list arrives as it nears.
      await page.waitFor(
        () => {
          scrollBy(0, innerHeight * 0.8);
          const days = document.querySelectorAll('main section.archive-day');
          return [...days].every((d) => d.querySelector('ul.archive-list a[href^="/articles/"]'));
        },
        [],
        { timeout: 20_000, message: 'every day of the month drew its articles' },
      );
      t.note(`${first.drawn} of ${first.days} days in the first screen, the rest on scrolling`);
    },
  },

  {
    name: 'a typed date: 10/12/2007 → the day; 31/02/2007 → explained, not followed',
    async run(t) {
      const { page } = t;
      await page.goto(`${t.portal.url}archive/2008-01-15`);
      await waitTakenOver(page);
      const box = await page.find({ css: 'input', label: 'Ngày (dd/mm/yyyy)' });
      // The box shows the page's day: select it, so that typing replaces it.
      await page.evaluate((s) => document.querySelector(s).select(), box);
      await page.type(box, '10/12/2007');
      await page.press('Enter');
      await expectTenthOfDecember(t);
      const again = await page.find({ css: 'input', label: 'Ngày (dd/mm/yyyy)' });
      await page.evaluate((s) => {
        const input = document.querySelector(s);
        input.select();
      }, again);
      await page.type(again, '31/02/2007');
      await page.press('Enter');
      await page.find({ css: '[role="alert"]' });
      assert.equal(
        await page.evaluate((s) => document.querySelector(s).getAttribute('aria-invalid'), again),
        'true',
      );
      assert.equal(await pathname(page), '/archive/2007-12-10', 'not followed');
    },
  },

  {
    name: 'search: without tone marks, with them, and the category filter',
    async run(t) {
      const { page } = t;
      const status = () => text(page, 'main [role="status"]');
      const settled = (re) =>
        page.waitFor(
          (source) =>
            new RegExp(source).test(
              document.querySelector('main [role="status"]')?.textContent ?? '',
            ),
          [re.source],
          { timeout: 20_000, message: `the status never said ${re}` },
        );
      const titles = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main .search-result__title')].map((e) =>
            e.textContent.trim(),
          ),
        );
      await page.goto(t.search.url);
      const box = await page.find({ css: '[role="search"] input', label: 'Tìm kiếm' });
      await page.type(box, 'duong day nong');
      await page.press('Enter');
      await waitForPath(page, '/search');
      await settled(/Tìm thấy 1 bài viết cho «duong day nong»/);
      assert.deepEqual(await titles(), ['Quận mở đường dây nóng']);
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('main .search-result mark')].map((m) => m.textContent),
      );
      assert.deepEqual(marks.slice(0, 3), ['đường', 'dây', 'nóng']);

      await page.goto(`${t.search.url}search?q=${encodeURIComponent('ĐƯỜNG DÂY')}`);
      await settled(/Tìm thấy 1 bài viết/);
      assert.deepEqual(await titles(), ['Quận mở đường dây nóng']);
      await page.goto(`${t.search.url}search?q=${encodeURIComponent('dương')}`);
      await settled(/Tìm thấy \d+ bài viết/);
      assert.equal((await titles())[0], 'Nghỉ Tết Dương lịch 2008', 'exact marks rank first');

      await page.goto(`${t.search.url}search?q=tiep+cong+dan`);
      await settled(/Tìm thấy 12 bài viết/);
      await page.select('#search-category', 'tin-tuc');
      await page.clickOn({ css: 'main button[type="submit"]', text: '^Tìm$' });
      await settled(/Không tìm thấy .* trong chuyên mục Tin tức/);
      assert.match(await page.url(), /category=tin-tuc/);
      await page.goto(`${t.search.url}search?q=tiep+cong+dan&category=thong-bao`);
      await settled(/Tìm thấy 12 bài viết/);
      t.note(`status: ${await status()}`);
    },
  },

  {
    name: 'contacts: the filter without tone marks, and tel: links of digits',
    async run(t) {
      const { page } = t;
      await page.goto(`${t.portal.url}contacts`);
      await page.waitFor(() => {
        const input = document.querySelector('main input[type="search"]');
        return input && !input.disabled;
      });
      const groups = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main section.contact-group h2')].map((h) =>
            h.textContent.trim(),
          ),
        );
      assert.ok((await groups()).length >= 11, 'the district and its ten wards');
      const hrefs = await page.evaluate(() =>
        [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
      );
      assert.ok(
        hrefs.includes('tel:088291913'),
        `08.8291913 is tel:088291913 (${hrefs.join(' ')})`,
      );
      assert.deepEqual(
        hrefs.filter((h) => !/^tel:\+?\d+$/.test(h)),
        [],
        'digits only',
      );
      await page.type('main input[type="search"]', 'tan dinh');
      await page.waitFor(
        () => {
          const names = [...document.querySelectorAll('main section.contact-group h2')].map((h) =>
            h.textContent.trim(),
          );
          return names.length === 1 && names[0] === 'Phường Tân Định';
        },
        [],
        { message: 'only Phường Tân Định is left (typed without marks)' },
      );
      await page.evaluate(() => document.querySelector('main input[type="search"]').select());
      await page.type('main input[type="search"]', '0909');
      await page.waitFor(
        () => {
          const names = [...document.querySelectorAll('main section.contact-group h2')].map((h) =>
            h.textContent.trim(),
          );
          return names.length === 1 && names[0] === 'UBND Quận 1';
        },
        [],
        { message: 'a number finds its group' },
      );
      assert.deepEqual(await groups(), ['UBND Quận 1']);
    },
  },

  {
    name: 'a widget on a ward page on another origin sizes its frame (embed.js, portal:resize)',
    width: 1024,
    height: 1000,
    async run(t) {
      const { page } = t;
      const ward = await wardSite(
        t.portal,
        `<h1>Website Phường Một</h1>
<script src="${t.portal.origin}/embed.js" data-widget="latest" data-category="cai-cach-hanh-chinh" data-limit="3" async></script>
<p>Cuối trang.</p>
<script>addEventListener('message', (e) => { if (e.data && e.data.type === 'portal:resize') {
  document.body.setAttribute('data-resizes', String(Number(document.body.getAttribute('data-resizes') || 0) + 1));
  document.body.setAttribute('data-last-height', String(e.data.height)); } });</script>`,
      );
      try {
        await page.goto(ward.url);
        await page.find({ css: 'iframe' });
        const attrs = await page.evaluate(() => {
          const f = document.querySelector('iframe');
          return {
            title: f.title,
            src: f.src,
            loading: f.getAttribute('loading'),
            border: getComputedStyle(f).borderTopWidth,
          };
        });
        assert.match(attrs.title, /^Tin mới nhất/);
        assert.equal(
          attrs.src,
          `${t.portal.origin}/embed/latest?category=cai-cach-hanh-chinh&limit=3`,
        );
        assert.equal(attrs.loading, 'lazy');
        assert.equal(attrs.border, '0px');
        // The frame's own document: three articles, no scrollbar, and the host's frame as tall.
        const sized = async () => {
          const inner = await page.inFrame('iframe', () => {
            const root = document.querySelector('.embed');
            return {
              items: document.querySelectorAll('.article-list li').length,
              content: root ? root.getBoundingClientRect().height : -1,
              scroll: document.documentElement.scrollHeight,
              client: document.documentElement.clientHeight,
              target: [...document.querySelectorAll('.article-list a')].map((a) => a.target),
            };
          });
          const outer = await page.evaluate(
            () => document.querySelector('iframe').getBoundingClientRect().height,
          );
          return inner.items === 3 &&
            Math.abs(outer - inner.content) <= 2 &&
            inner.scroll <= inner.client
            ? { ...inner, outer }
            : null;
        };
        const deadline = Date.now() + 15_000;
        let m = await sized();
        while (!m) {
          if (Date.now() > deadline) throw new Error('the frame never matched its content height');
          await new Promise((r) => setTimeout(r, 200));
          m = await sized();
        }
        assert.ok(m.outer > 150, `taller than an unsized frame (${m.outer})`);
        assert.ok(
          m.target.every((x) => x === '_blank' || x === '_top'),
          `links leave the frame: ${m.target}`,
        );
        // No resize loop: the count settles.
        const count = () =>
          page.evaluate(() => Number(document.body.getAttribute('data-resizes') || 0));
        const before = await count();
        await new Promise((r) => setTimeout(r, 1000));
        assert.equal(await count(), before, 'no more resizes once sized');
        assert.ok(before >= 1 && before <= 5, `a few portal:resize messages (${before})`);
        t.note(`frame ${Math.round(m.outer)} px after ${before} portal:resize message(s)`);
      } finally {
        await ward.close();
      }
    },
  },

  {
    name: 'the strict CSP: a page, its search worker and a widget work with no violation',
    async run(t) {
      const { page } = t;
      // The headers as served to this engine (what report-uri was added to).
      const res = await fetch(`${t.portal.url}articles/${ARTICLE}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.match(csp, /script-src 'self' 'sha256-/);
      // Every journey fails on a violation; this one visits what the policy most constrains:
      // the HTML sink of an article body drawn by the app, the search worker's wasm, a widget.
      await page.goto(`${t.search.url}search?q=ho+tich`);
      await page.waitFor(
        () => /Tìm thấy/.test(document.querySelector('main [role="status"]')?.textContent ?? ''),
        [],
        {
          timeout: 20_000,
        },
      );
      await page.clickOn({ css: 'main .search-result a' });
      await waitForPath(page, /^\/articles\//);
      await page.find({ css: '.article__body p' });
      await page.goto(`${t.portal.url}embed/latest?limit=2`);
      await page.find({ css: '.article-list li' });
      // A raw string into a sink: refused where Trusted Types exist, sanitised HTML otherwise.
      const tt = await page.evaluate(() => typeof globalThis.trustedTypes !== 'undefined');
      t.note(tt ? 'Trusted Types enforced' : 'no Trusted Types in this engine: CSP only');
      await new Promise((r) => setTimeout(r, 300)); // reports are sent asynchronously
    },
  },

  {
    name: 'without Trusted Types (older iPhones): the same pages work, under the same CSP',
    trustedTypes: false,
    async run(t) {
      const { page } = t;
      assert.equal(
        await page.evaluate(() => typeof globalThis.trustedTypes),
        'undefined',
        'this browser has no Trusted Types',
      );
      // Taken over, then an article body drawn by the app (the sanitiser's plain string).
      await page.goto(`${t.portal.url}categories/cai-cach-hanh-chinh`);
      await waitTakenOver(page);
      await page.clickOn({ css: 'main a[href^="/articles/"]' });
      await waitForPath(page, /^\/articles\//);
      await page.find({ css: '.article__body p' });
      // The search worker (its script URL went through the other policy), and a widget.
      await page.goto(`${t.search.url}search?q=duong+day+nong`);
      await page.waitFor(
        () =>
          /Tìm thấy 1 bài viết/.test(
            document.querySelector('main [role="status"]')?.textContent ?? '',
          ),
        [],
        { timeout: 20_000, message: 'search found the article' },
      );
      await page.goto(`${t.portal.url}embed/latest?limit=2`);
      await page.find({ css: '.article-list li' });
      await new Promise((r) => setTimeout(r, 300)); // reports are sent asynchronously
    },
  },

  {
    name: 'offline: a read article stays readable with the server gone',
    async run(t) {
      const { page } = t;
      const server = t.plain;
      await page.goto(server.url);
      const hasWorker = await page.evaluate(
        () => 'serviceWorker' in navigator && !!navigator.serviceWorker,
      );
      if (!hasWorker)
        return t.skip('no service workers in this engine (navigator.serviceWorker is missing)');
      const api = (f) => `${server.url}api/${f}`;
      const saved = (files) =>
        page.waitFor(
          async (urls) => {
            if (!navigator.serviceWorker.controller) return false;
            for (const url of urls) if (!(await caches.match(url))) return false;
            return true;
          },
          [files],
          {
            timeout: 20_000,
            message: `no service worker in control, or not saved: ${files.join(' ')}`,
          },
        );
      await saved(['site.json', 'categories.json'].map(api));
      // Read as the reader sees it once drawn: the date box in the sidebar comes a moment later.
      const settled = async () => {
        await page.find({ css: '.article__body p' });
        await page.waitFor(
          () => !/Đang tải/.test(document.querySelector('main')?.textContent ?? ''),
        );
      };
      await page.goto(`${server.url}articles/${ARTICLE}`);
      await settled();
      const read = await text(page, 'main');
      await saved([api(`articles/${ARTICLE}.json`)]);
      await server.offline();
      try {
        await page.goto(`${server.url}articles/${ARTICLE}`);
        await settled();
        assert.equal(await text(page, 'main'), read, 'the article, as read');
      } finally {
        await server.online();
      }
    },
  },
];
