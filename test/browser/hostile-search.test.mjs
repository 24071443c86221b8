// Hostile data, round 2 (issue #22): search, feeds and dates on a folder built by the project's
// own generator from a hostile export (hostile-search-api.mjs): a cut emoji, tone twins, a 2 MB
// body, a date in 1900. The index builds, the exact twin ranks first, /search stays responsive,
// and every feed date is valid RFC 3339.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { browserSuite, note, test } from './fixtures.mjs';
import { expectNoPageErrors, waitUntil, waitVisible } from './harness.mjs';
import {
  BIG_TITLE,
  EMOJI_TITLE,
  HOSTILE_SEARCH_DIR,
  hostileSearchApi,
  OLD_DATE,
  TWINS,
} from './hostile-search-api.mjs';

test.describe.configure({ timeout: 90_000 });
const LONG_TASK_LIMIT_MS = 200;
const suite = browserSuite({ apiDir: hostileSearchApi });

const status = (page) => page.getByRole('main').getByRole('status');
const titles = (page) =>
  page.locator('main .search-result__title').evaluateAll((els) => els.map((e) => e.textContent));

async function search(page, q) {
  await page.goto(suite.url(`/search?q=${encodeURIComponent(q)}`), {
    waitUntil: 'domcontentloaded',
  });
  await waitUntil(
    async () => /^(Tìm thấy|Không tìm thấy)/.test((await status(page).textContent()) ?? ''),
    {
      timeout: 20_000,
      message: `search for ${q} did not finish`,
    },
  );
}

test.describe('hostile data: search, feeds and dates', () => {
  test('the index builds over a lone surrogate, and the article is found', ({ withPage }) =>
    withPage({}, async (page) => {
      await search(page, 'chuc mung nam moi');
      assert.deepEqual(await titles(page), [EMOJI_TITLE.replace('\ud83d', '\ufffd')]);
      expectNoPageErrors(page);
    }));

  for (const [word, exact, other] of [
    ['đường', ...TWINS.duong],
    ['dương', ...[...TWINS.duong].reverse()],
    ['hộ', ...TWINS.ho],
    ['hồ', ...[...TWINS.ho].reverse()],
  ]) {
    test(`«${word}» lists the exact twin first`, ({ withPage }) =>
      withPage({}, async (page) => {
        await search(page, word);
        const found = await titles(page);
        assert.deepEqual(found.slice(0, 2), [exact, other], found.join(' | '));
      }));
  }

  test(`a 2 MB body: no long task over ${LONG_TASK_LIMIT_MS} ms on /search`, ({ withPage }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url('/search'), { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        window.__tasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      await page.getByLabel('Từ khoá').fill('ngân sách trường học');
      await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
      await waitVisible(page.getByRole('link', { name: BIG_TITLE }), 30_000);
      const excerpt = page.locator('main .search-result__excerpt').first();
      assert.ok((await excerpt.locator('mark').count()) > 0, 'the excerpt marks the words');
      await page.waitForTimeout(500);
      const longest = Math.round(await page.evaluate(() => Math.max(0, ...window.__tasks)));
      note(`longest task on /search with the 2 MB body: ${longest} ms`);
      assert.ok(longest <= LONG_TASK_LIMIT_MS, `longest task ${longest} ms`);
      expectNoPageErrors(page);
    }));

  test('an article of 1900 shows the time the data says, and every feed date is RFC 3339', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url('/articles/nam-1900'));
      const time = page.locator('main time').first();
      await waitVisible(time);
      assert.match(await time.textContent(), /01\/06\/1900.*08:00|08:00.*01\/06\/1900/);
      const feed = await readFile(path.join(HOSTILE_SEARCH_DIR, 'feeds', 'all.xml'), 'utf8');
      const dates = [...feed.matchAll(/<(published|updated)>([^<]*)</g)].map((m) => m[2]);
      assert.ok(dates.length > 0);
      const bad = dates.filter(
        (d) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/.test(d),
      );
      assert.deepEqual(bad, [], 'every date is RFC 3339');
      assert.ok(feed.includes(`<published>${OLD_DATE}</published>`), 'the 1900 date as written');
    }));
});
