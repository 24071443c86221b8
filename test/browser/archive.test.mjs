// Archive v2 at scale, on a generated data set: a month of 520 articles is listed by day and
// read a day file at a time as the reader scrolls; a day page reads its own file only, and its
// "previous day" crosses into an earlier year.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { browserSuite, test } from './fixtures.mjs';
import {
  expectNoHorizontalScroll,
  expectNoPageErrors,
  REPO_ROOT,
  waitUntil,
  waitVisible,
} from './harness.mjs';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const OUT = path.join(REPO_ROOT, 'test-results', 'archive-scale');
const BIG_MONTH = '2007-06';

/** 80 articles over two years plus 520 pinned in June 2007, through the real generator. */
async function generate() {
  await rm(OUT, { recursive: true, force: true });
  const exportDir = path.join(OUT, 'export');
  const apiDir = path.join(OUT, 'api');
  const opts = { cwd: REPO_ROOT, timeout: 120_000 };
  await run(
    TSX,
    [
      'scripts/make-corpus.ts',
      '--articles',
      '80',
      '--years',
      '2',
      '--out',
      exportDir,
      '--pin',
      `${BIG_MONTH}:520`,
    ],
    opts,
  );
  await run(TSX, ['scripts/build-api.ts', '--in', exportDir, '--out', apiDir], opts);
  return apiDir;
}

const suite = browserSuite({ apiDir: generate });
test.describe.configure({ timeout: 90_000 });
const json = async (file) =>
  JSON.parse(await readFile(path.join(suite.apiDir, 'archive', file), 'utf8'));

/** Requests for `archive/` files, in order. */
function archiveRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/api/archive/')[1];
    if (file) seen.push(file);
  });
  return seen;
}

/** A reader who asked to save data: the calendar is not made ready in the background. */
const saveData = (page) =>
  page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
  });

test.describe('archive v2 at scale', () => {
  test('a month of 520 articles: counts per day, a few day files first, more as the reader scrolls', ({
    withPage,
  }) =>
    withPage({ width: 412, height: 823 }, async (page) => {
      await saveData(page);
      const requested = archiveRequests(page);
      const month = await json(`${BIG_MONTH}.json`);
      const total = month.days.reduce((n, d) => n + d.count, 0);
      assert.equal(total, 520);
      await page.goto(suite.url(`/archive/${BIG_MONTH}`));
      await waitVisible(page.getByText(`${total} bài viết trong ${month.days.length} ngày.`));
      const newest = month.days.at(-1);
      const heading = page
        .getByRole('heading', { level: 2, name: new RegExp(`\\(${newest.count} bài viết\\)$`) })
        .first();
      await waitVisible(heading);
      await page.waitForLoadState('networkidle');
      const dayFiles = () => requested.filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f));
      const first = dayFiles().length;
      // The newest four at once (FIRST_SCREEN_DAYS: what a prerendered month page holds).
      assert.ok(
        first >= 1 && first <= 4,
        `day files on the first screen: ${dayFiles().join(', ')}`,
      );
      const oldest = month.days[0];
      const oldestTitle = (await json(`${oldest.date}.json`)).items[0].title;
      // Straight to the bottom: the days scrolled past are never read.
      await page.keyboard.press('End');
      await waitUntil(async () => dayFiles().includes(`${oldest.date}.json`), {
        message: 'the oldest day is read once the reader reaches it',
      });
      await waitVisible(page.getByRole('link', { name: oldestTitle }));
      assert.ok(
        dayFiles().length < month.days.length,
        `read ${dayFiles().length} of ${month.days.length} day files`,
      );
      await expectNoHorizontalScroll(page);
      expectNoPageErrors(page);
    }));

  test('a day reads its own file only; "previous day" crosses into the year before', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await saveData(page);
      const { months } = await json('index.json');
      const january = months.find((m) => m.month.endsWith('-01') && m.month > '2007-01');
      assert.ok(january, 'the data set spans a new year');
      const firstDay = (await json(`${january.month}.json`)).days[0].date;
      const file = await json(`${firstDay}.json`);
      assert.ok(file.previous < `${firstDay.slice(0, 4)}-01-01`, 'previous is in the year before');
      const requested = archiveRequests(page);
      await page.goto(suite.url(`/archive/${firstDay}`));
      await waitVisible(page.getByRole('link', { name: file.items[0].title }));
      const prev = page
        .getByRole('navigation', { name: 'Ngày khác' })
        .getByRole('link', { name: /Ngày trước/ });
      await waitVisible(prev);
      assert.equal(await prev.getAttribute('href'), `/archive/${file.previous}`);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(requested, [`${firstDay}.json`]);
      await prev.click();
      await waitVisible(
        page.getByRole('heading', {
          level: 1,
          name: new RegExp(file.previous.split('-').reverse().join('/')),
        }),
      );
      expectNoPageErrors(page);
    }));
});
