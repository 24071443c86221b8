// build:pages as an IT officer runs it (contract §6), after `npm run build`: unchanged data
// draws and writes nothing, an edited article body rewrites its own page and nothing more,
// a broken file is skipped with a warning naming it, an unusable folder writes nothing.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fixtureApi } from './fixture-api.mjs';
import { test } from './fixtures.mjs';
import { REPO_ROOT } from './harness.mjs';
import { SITE_URL } from './pages-fixture.mjs';

test.describe.configure({ timeout: 120_000 });
const WORK = path.join(REPO_ROOT, 'test-results', 'pages-build');
const DIST = path.join(WORK, 'dist');
const API = path.join(WORK, 'api');
const ARTICLE = 'bai-0030-ngay-10';

async function buildPages(api = API, env = {}, siteUrl = SITE_URL) {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const args = ['scripts/build-pages.ts', '--dist', DIST, '--api', api, '--site-url', siteUrl];
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    return { code: error.code, out: `${error.stdout}${error.stderr}` };
  }
}

const counts = (out) => {
  const m = /(\d+) trang — vẽ (\d+), ghi (\d+) tệp, xoá (\d+), bỏ qua (\d+)/.exec(out);
  assert.ok(m, `a summary line in:\n${out}`);
  return { pages: +m[1], drawn: +m[2], written: +m[3], removed: +m[4], skipped: +m[5] };
};
const mtime = async (rel) => (await stat(path.join(DIST, rel))).mtimeMs;

test.describe('build:pages', () => {
  let first;
  test.beforeAll(async () => {
    await rm(WORK, { recursive: true, force: true });
    await cp(path.join(REPO_ROOT, 'dist'), DIST, { recursive: true });
    await cp(await fixtureApi(), API, { recursive: true });
    first = await buildPages();
  });

  test('draws every readable page once, then an unchanged rerun draws and writes nothing', async () => {
    assert.equal(first.code, 0, first.out);
    const run = counts(first.out);
    assert.ok(run.pages > 30 && run.drawn === run.pages, first.out);
    const again = counts((await buildPages()).out);
    assert.deepEqual(again, { ...run, drawn: 0, written: 0 });
  });

  test('an article page carries only the data it draws (not the archive, for the date box’s example)', async () => {
    const html = await readFile(path.join(DIST, 'articles', ARTICLE, 'index.html'), 'utf8');
    const state = JSON.parse(/id="portal-state">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}');
    const keys = state.queries.map((q) => q.queryKey.join('/'));
    assert.ok(keys.includes(`portal/articles/${ARTICLE}`), keys.join(', '));
    assert.deepEqual(
      keys.filter((key) => key.includes('archive')),
      [],
    );
  });

  test('drawn again by two processes, every page has the same bytes (nothing rewritten)', async () => {
    await rm(path.join(DIST, '.pages.json'));
    const { code, out } = await buildPages(API, { PAGES_PROCESSES: '2' });
    assert.equal(code, 0, out);
    const run = counts(out);
    assert.equal(run.drawn, run.pages, out);
    assert.equal(run.written, 0, out);
  });

  test('an edited article body rewrites that article’s page and nothing more', async () => {
    const file = path.join(API, 'articles', `${ARTICLE}.json`);
    const article = JSON.parse(await readFile(file, 'utf8'));
    const before = {
      home: await mtime('index.html'),
      day: await mtime('archive/2007-12-10/index.html'),
    };
    await writeFile(file, JSON.stringify({ ...article, body: '<p>Nội dung đã sửa.</p>' }));
    const run = counts((await buildPages()).out);
    assert.equal(run.drawn, 1);
    assert.equal(run.written, 1);
    const page = await readFile(path.join(DIST, 'articles', ARTICLE, 'index.html'), 'utf8');
    assert.match(page, /Nội dung đã sửa\./);
    assert.equal(await mtime('index.html'), before.home);
    assert.equal(await mtime('archive/2007-12-10/index.html'), before.day);
  });

  test('skips a broken article with a warning naming it, and removes its old page', async () => {
    await writeFile(path.join(API, 'articles', `${ARTICLE}.json`), '{"id": "bai-0030');
    const { code, out } = await buildPages();
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`articles/${ARTICLE}\\.json`));
    assert.equal(counts(out).skipped, 1);
    await assert.rejects(stat(path.join(DIST, 'articles', ARTICLE, 'index.html')));
  });

  test('without contacts.json, draws every page, and the directory says it has none yet', async () => {
    const contacts = path.join(API, 'contacts.json');
    const kept = await readFile(contacts);
    await rm(contacts);
    try {
      const { code, out } = await buildPages();
      // Before: the drawn pages showed the missing file as "Đang tải…", and the run stopped.
      assert.equal(code, 0, out);
      assert.doesNotMatch(out, /Đang tải|contacts/, out);
      const html = await readFile(path.join(DIST, 'contacts', 'index.html'), 'utf8');
      assert.match(html, /Chưa có danh bạ/);
    } finally {
      await writeFile(contacts, kept);
    }
  });

  test('skips an article whose body is nested too deep to draw, naming it, and draws the rest', async () => {
    const file = path.join(API, 'articles', 'tin-tuc-03.json');
    const kept = await readFile(file, 'utf8');
    const depth = 20_000; // past what jsdom's parser can nest before its stack runs out
    const body = `${'<div>'.repeat(depth)}sâu${'</div>'.repeat(depth)}`;
    await writeFile(file, JSON.stringify({ ...JSON.parse(kept), body }));
    try {
      const { code, out } = await buildPages();
      // Before: the page's part was drawn as "Đang tải…" and the whole run stopped.
      assert.equal(code, 0, out);
      assert.match(out, /\/articles\/tin-tuc-03: lỗi khi vẽ trang: Maximum call stack/);
      await assert.rejects(stat(path.join(DIST, 'articles', 'tin-tuc-03', 'index.html')));
    } finally {
      await writeFile(file, kept);
    }
  });

  test('refuses a --site-url whose path is not the base the app was built for, writing nothing', async () => {
    const before = await mtime('index.html');
    const { code, out } = await buildPages(API, {}, 'https://quan1.example.gov.vn/portal/');
    assert.equal(code, 1, out);
    assert.match(out, /"\/portal\/" khác base của bản build \("\/"\)/);
    assert.equal(await mtime('index.html'), before);
  });

  test('refuses a folder without site.json and writes nothing', async () => {
    const empty = path.join(WORK, 'empty-api');
    await cp(API, empty, { recursive: true });
    await rm(path.join(empty, 'site.json'));
    const before = await mtime('index.html');
    const { code, out } = await buildPages(empty);
    assert.equal(code, 1, out);
    assert.match(out, /site\.json/);
    assert.equal(await mtime('index.html'), before);
  });
});
