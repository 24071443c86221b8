// The embed protocol end to end (CONTRACT.md §3): a ward page on one origin includes two widgets
// with <script src="PORTAL/embed.js" async>, the portal on another origin serves the iframes.
//
//   npx playwright test embed                        (builds the app first)
//   EMBED_SKIP_BUILD=1 npx playwright test embed     (never build; by default it builds only
//                                                    when dist/ has no index.html)
//
// API data: the component tests' MSW fixture (mocks/fixtures.ts), written as files (mockApi).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { mockApi } from './fixture-api.mjs';
import { browserSuite, test } from './fixtures.mjs';
import {
  expectNoHorizontalScroll,
  expectNoPageErrors,
  expectNoSeriousAxe,
  REPO_ROOT,
  waitUntil,
  waitVisible,
} from './harness.mjs';
import { serveOnePage } from './one-page-server.mjs';

const run = promisify(execFile);
test.describe.configure({ timeout: 90_000 });

/** The portal's server (the suite's), then the ward's host server on another origin. */
const suite = browserSuite({
  apiDir: mockApi,
  // `npm test` has just built dist/; build here only when run on its own without one.
  prepare: async () => {
    if (!process.env.EMBED_SKIP_BUILD && !existsSync(path.join(REPO_ROOT, 'dist', 'index.html'))) {
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
let host;

test.describe('embedding (CONTRACT.md §3)', () => {
  test.beforeAll(async () => {
    if (!suite.setupError) host = await startHost(suite.server.origin);
  });

  test.afterAll(async () => {
    await host?.close();
  });

  /** The ward's site: a second origin (another port) with two widget tags, as a ward would paste. */
  async function startHost(portal) {
    const page = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Phường Một</title></head>
<body style="margin:0;padding:16px;max-width:480px">
  <h1>Website Phường Một</h1>
  <script src="${portal}/embed.js" data-widget="latest" data-limit="3" async></script>
  <p>Giữa hai tiện ích.</p>
  <script src="${portal}/embed.js" data-widget="contacts" data-theme-color="#ffff00" async></script>
  <p>Cuối trang.</p>
</body>
</html>`;
    return serveOnePage(page);
  }

  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

  /** Host page with both widgets loaded and sized. Returns { page, widgets: [{ el, frame }] }. */
  async function openHost(page) {
    // Count every message the host window receives, to prove forged ones really arrived.
    await page.addInitScript(() => {
      window.__received = [];
      window.addEventListener('message', (event) => {
        const frame = [...document.querySelectorAll('iframe')].find(
          (f) => f.contentWindow === event.source,
        );
        const from = event.source === window ? 'self' : (frame?.title ?? 'unknown');
        window.__received.push({ from, origin: event.origin, data: event.data });
      });
    });
    await page.goto(host.url, { waitUntil: 'domcontentloaded' });
    await waitUntil(
      () =>
        page
          .locator('iframe')
          .count()
          .then((n) => n === 2),
      {
        message: 'embed.js did not insert two iframes',
      },
    );
    const handles = await page.locator('iframe').elementHandles();
    const widgets = [];
    for (const el of handles) {
      const frame = await waitUntil(() => el.contentFrame(), { message: 'iframe has no frame' });
      await frame.waitForLoadState('load');
      widgets.push({ el, frame });
    }
    // Data in: 3 articles in the first, the district group in the second; nothing still loading.
    await waitUntil(
      async () => (await widgets[0].frame.locator('.article-list li').count()) === 3,
      {
        message: 'latest widget did not list 3 articles',
      },
    );
    await waitVisible(widgets[1].frame.getByRole('heading', { name: 'UBND Quận Mẫu' }));
    for (const { frame } of widgets) {
      await waitUntil(
        () =>
          frame
            .getByRole('status')
            .count()
            .then((n) => n === 0),
        {
          message: `still loading in ${frame.url()}`,
        },
      );
    }
    return widgets;
  }

  /** Host-side iframe height and frame-side content height / scroll state. */
  async function measure({ el, frame }) {
    const outer = await el.evaluate((node) => node.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => {
      const root = document.querySelector('.embed');
      const doc = document.documentElement;
      return {
        content: root ? root.getBoundingClientRect().height : -1,
        scrollHeight: doc.scrollHeight,
        clientHeight: doc.clientHeight,
      };
    });
    return { outer, ...inner };
  }

  async function waitSized(widget) {
    return waitUntil(
      async () => {
        const m = await measure(widget);
        return Math.abs(m.outer - m.content) <= 2 && m.scrollHeight <= m.clientHeight ? m : null;
      },
      { message: `iframe ${widget.frame.url()} never matched its content height` },
    );
  }

  test.describe('embed.js on a ward page (second origin)', () => {
    test('inserts two titled, lazy, borderless iframes sized to their content', ({ withPage }) =>
      withPage({ width: 1024, height: 1400 }, async (page) => {
        const widgets = await openHost(page);
        const attrs = await page.locator('iframe').evaluateAll((frames) =>
          frames.map((f) => ({
            title: f.title,
            src: f.src,
            loading: f.getAttribute('loading'),
            border: getComputedStyle(f).borderTopWidth,
            display: getComputedStyle(f).display,
            prev: f.previousElementSibling?.getAttribute('data-widget'),
          })),
        );
        const portal = suite.server.origin;
        assert.deepEqual(attrs, [
          {
            title: 'Tin mới nhất',
            src: `${portal}/embed/latest?limit=3`,
            loading: 'lazy',
            border: '0px',
            display: 'block',
            prev: 'latest',
          },
          {
            title: 'Danh bạ đường dây nóng',
            src: `${portal}/embed/contacts?theme=%23ffff00`,
            loading: 'lazy',
            border: '0px',
            display: 'block',
            prev: 'contacts',
          },
        ]);
        for (const widget of widgets) {
          const m = await waitSized(widget);
          assert.ok(m.outer !== 300, `${widget.frame.url()} still has its initial 300px`);
        }
        // Widgets differ in height: each was sized by its own messages.
        const [a, b] = await Promise.all(widgets.map(measure));
        assert.notEqual(Math.round(a.outer), Math.round(b.outer));
        // The pale ward colour was darkened for contrast, not used as is.
        const accent = await widgets[1].frame.evaluate(() =>
          document.querySelector('.embed').style.getPropertyValue('--accent'),
        );
        assert.match(accent, /^#[0-9a-f]{6}$/);
        assert.notEqual(accent, '#ffff00');
        expectNoPageErrors(page);
      }));

    test('every link in the widgets opens outside the frame', ({ withPage }) =>
      withPage({ width: 1024, height: 1400 }, async (page) => {
        const widgets = await openHost(page);
        for (const { frame } of widgets) {
          const links = await frame
            .locator('a[href]')
            .evaluateAll((as) =>
              as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target') })),
            );
          assert.ok(links.length > 0, `no links in ${frame.url()}`);
          for (const link of links) {
            if (/^(tel|mailto):/.test(link.href)) continue;
            assert.equal(link.target, '_top', `${link.href} in ${frame.url()} stays in the frame`);
          }
        }
        // And really: a click on an article loads the portal's article page in the top window.
        const first = widgets[0].frame.locator('.article-list a').first();
        const title = norm(await first.textContent());
        await Promise.all([page.waitForURL(/\/articles\//), first.click()]);
        assert.ok(page.url().startsWith(`${suite.server.origin}/articles/`), page.url());
        await waitVisible(page.getByRole('heading', { level: 1, name: title }));
      }));

    test('ignores forged resize messages and never loops', ({ withPage }) =>
      withPage({ width: 1024, height: 1400 }, async (page) => {
        const widgets = await openHost(page);
        for (const widget of widgets) await waitSized(widget);
        const heights = () =>
          page
            .locator('iframe:not([title^="rogue"])')
            .evaluateAll((fs) => fs.map((f) => f.style.height));
        // Settled: no more messages from the widgets for a while (no resize loop).
        const settledCount = await page.evaluate(() => window.__received.length);
        await page.waitForTimeout(1000);
        assert.equal(await page.evaluate(() => window.__received.length), settledCount);
        const before = await heights();

        // Forgers: the host page itself; a third frame on the host page (host origin); and a
        // frame of a real portal page that embed.js did not create (portal origin, its own
        // window) — only the source check stops that one.
        await page.evaluate((portal) => {
          window.postMessage({ type: 'portal:resize', height: 5 }, '*');
          const rogue = document.createElement('iframe');
          rogue.title = 'rogue';
          rogue.srcdoc =
            "<script>parent.postMessage({ type: 'portal:resize', height: 7 }, '*');</script>";
          document.body.append(rogue);
          const stray = document.createElement('iframe');
          stray.title = 'rogue-portal';
          stray.src = `${portal}/embed/calendar`;
          document.body.append(stray);
        }, suite.server.origin);
        await waitUntil(
          () =>
            page.evaluate(() => {
              const from = new Set(window.__received.map((m) => m.from));
              return from.has('self') && from.has('rogue') && from.has('rogue-portal');
            }),
          { message: 'forged messages never reached the host window' },
        );
        await page.waitForTimeout(300);
        assert.deepEqual(await heights(), before);
        for (const widget of widgets) await waitSized(widget);
        expectNoPageErrors(page);
      }));
  });

  test.describe('embed pages on the portal', () => {
    for (const p of ['/embed/latest', '/embed/contacts', '/embed/calendar', '/embed']) {
      test(`${p}: no serious or critical axe violations`, ({ withPage }) =>
        withPage({ width: 1024, height: 900 }, async (page) => {
          await page.goto(suite.url(p), { waitUntil: 'domcontentloaded' });
          await waitVisible(page.getByRole('heading', { level: 1 }));
          await waitUntil(() =>
            page
              .getByRole('status')
              .filter({ hasText: 'Đang tải' })
              .count()
              .then((n) => n === 0),
          );
          await page.waitForLoadState('networkidle').catch(() => {});
          await expectNoSeriousAxe(page);
          expectNoPageErrors(page);
        }));
    }

    test('widgets are readable at 280px wide (no sideways scroll)', ({ withPage }) =>
      withPage({ width: 280, height: 600 }, async (page) => {
        for (const p of ['/embed/latest?limit=5', '/embed/contacts', '/embed/calendar']) {
          await page.goto(suite.url(p), { waitUntil: 'domcontentloaded' });
          await waitVisible(page.getByRole('contentinfo'));
          await expectNoHorizontalScroll(page);
        }
      }));

    test('the builder previews the widget sized by the same protocol', ({ withPage }) =>
      withPage({ width: 1024, height: 1400 }, async (page) => {
        await page.goto(suite.url('/embed'), { waitUntil: 'domcontentloaded' });
        const el = await (await waitVisible(page.locator('iframe'))).elementHandle();
        const frame = await waitUntil(() => el.contentFrame());
        await waitVisible(frame.getByRole('heading', { level: 1, name: 'Tin mới nhất' }));
        await waitUntil(async () => (await frame.locator('.article-list li').count()) > 0);
        await waitSized({ el, frame });
        const code = await page.getByLabel(/^Dán đoạn mã này/).inputValue();
        assert.equal(
          code,
          `<script src="${suite.server.origin}/embed.js" data-widget="latest" data-limit="5" async></script>`,
        );
      }));

    /** Every visible `label[for]` in the page's main area with its field's box, in page order. */
    const labelledFields = (page) =>
      page.getByRole('main').evaluate((main) =>
        [...main.querySelectorAll('label[for]')]
          .map((label) => ({ label, field: document.getElementById(label.htmlFor) }))
          .filter(({ label }) => label.getBoundingClientRect().width > 1)
          .map(({ label, field }) => {
            const l = label.getBoundingClientRect();
            const f = field.getBoundingClientRect();
            return {
              text: label.textContent.trim(),
              tag: field.tagName.toLowerCase(),
              labelBottom: l.bottom,
              fieldTop: f.top,
              fieldWidth: f.width,
              rowWidth: field.parentElement.clientWidth,
            };
          }),
      );

    test('the builder at 360px: no sideways scroll, labels above fields, full-width code', ({
      withPage,
    }) =>
      withPage({ width: 360, height: 800 }, async (page) => {
        await page.goto(suite.url('/embed'), { waitUntil: 'domcontentloaded' });
        await waitVisible(page.getByRole('heading', { level: 2, name: 'Mã nhúng' }));
        const expected = {
          'Tin mới nhất': ['Chuyên mục', 'Số bài hiển thị', 'Màu chủ đạo', 'Dán đoạn mã'],
          'Danh bạ đường dây nóng': ['Nhóm danh bạ', 'Màu chủ đạo', 'Dán đoạn mã'],
          'Xem bài viết theo ngày': ['Màu chủ đạo', 'Dán đoạn mã'],
        };
        for (const [widget, labels] of Object.entries(expected)) {
          await page.getByRole('radio', { name: widget }).check();
          await waitVisible(page.getByTitle(`Xem trước: ${widget}`));
          await expectNoHorizontalScroll(page);
          const fields = await labelledFields(page);
          assert.deepEqual(
            fields.map((f, i) => (f.text.startsWith(labels[i] ?? '\0') ? labels[i] : f.text)),
            labels,
            `fields shown for ${widget}`,
          );
          for (const f of fields) {
            assert.ok(
              f.labelBottom <= f.fieldTop + 0.5,
              `"${f.text}" (bottom ${f.labelBottom}) is not above its ${f.tag} (top ${f.fieldTop})`,
            );
            // Lists and numbers fill their row on a phone (the colour text shares it with a picker).
            if (f.tag === 'select' || f.tag === 'textarea' || f.text.startsWith('Số bài')) {
              assert.ok(Math.abs(f.fieldWidth - f.rowWidth) <= 1, `${f.text}: not full width`);
            }
          }
        }
        // The code box spans its panel: as wide as its container, which is most of the screen.
        const code = await page.getByLabel(/^Dán đoạn mã này/).evaluate((el) => ({
          width: el.getBoundingClientRect().width,
          right: el.getBoundingClientRect().right,
          container: el.parentElement.clientWidth,
          // The page's text column (not 360: the stable scrollbar gutter and page padding).
          column: (() => {
            const main = el.closest('main');
            const style = getComputedStyle(main);
            const padding =
              Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
            return main.clientWidth - padding;
          })(),
          font: getComputedStyle(el).fontFamily,
          readOnly: el.readOnly,
        }));
        assert.ok(Math.abs(code.width - code.container) <= 1, JSON.stringify(code));
        // Only the panel's border and padding between the code and the column's edges.
        assert.ok(code.width >= code.column - 40, JSON.stringify(code));
        assert.match(code.font, /mono/i);
        assert.equal(code.readOnly, true);
        await expectNoSeriousAxe(page);
        expectNoPageErrors(page);
      }));

    test('the builder works from the keyboard: Tab to the copy button, Enter, it says so', ({
      withPage,
    }) =>
      withPage({ width: 360, height: 800 }, async (page) => {
        await page.goto(suite.url('/embed'), { waitUntil: 'domcontentloaded' });
        const code = await waitVisible(page.getByLabel(/^Dán đoạn mã này/));
        await code.focus();
        await page.keyboard.press('Tab');
        const button = page.getByRole('button', { name: 'Sao chép mã nhúng' });
        assert.equal(await button.evaluate((b) => b === document.activeElement), true);
        await page.keyboard.press('Enter');
        // Headless Chromium may refuse the clipboard: then the code is selected for Ctrl+C.
        const status = page.locator('[role="status"][aria-live="polite"]', {
          hasText: /Đã sao chép mã nhúng|Ctrl\+C/,
        });
        await waitVisible(status);
        expectNoPageErrors(page);
      }));
  });
});
