// The portal as deployed (CONTRACT.md §8): a real nginx running deploy/nginx.conf, workers as
// `nobody`, serving a web root made by `npm run publish` — so that the docs, the config and
// the publish command cannot drift from what works.
//
//   npx playwright test nginx      (after `npm run build`; needs /usr/sbin/nginx)
//
// Without nginx these specs skip, saying so, except in CI (CI=true), where they must run
// (.ci/run installs nginx).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, realpath, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { note, test } from './fixtures.mjs';
import { consoleErrors, expectNoPageErrors, newPage, REPO_ROOT, waitVisible } from './harness.mjs';
import { headersFor } from './headers-file.mjs';
import { nginxMissing, startNginx } from './nginx.mjs';
import { judge, nextVersion, pollDuring, pollPaths, runPublish, searchAcross } from './poller.mjs';

test.describe.configure({ timeout: 180_000 });
const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const missing = nginxMissing();
const skip = missing && process.env.CI !== 'true' ? `${missing} (required when CI=true)` : false;

const s = { setupError: undefined };
/** Throws the setup's error in each test: a failed `before` would only cancel them. */
const ready = () => {
  if (s.setupError) throw s.setupError;
};

/** A ward's website on another origin: a widget tag, and a portal page framed directly. */
async function wardSite(portal) {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Phường</title></head>
<body><h1>Website phường</h1>
<script src="${portal}embed.js" data-widget="latest" data-limit="3" async></script>
<iframe src="${portal}articles/bai-co-anh" title="Trang cổng thông tin"></iframe></body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    // `localhost`, not 127.0.0.1: another host name as well as another port.
    url: `http://localhost:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test.describe('served by nginx with deploy/nginx.conf', () => {
  test.skip(Boolean(skip), skip || '');
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    try {
      // Under /tmp, 755: the workers (nobody) must reach it; /work is not theirs to enter.
      s.dir = await mkdtemp(path.join(os.tmpdir(), 'portal-nginx-site-'));
      await chmod(s.dir, 0o755);
      s.site = path.join(s.dir, 'site');
      s.exportA = path.join(s.dir, 'export-a');
      await run(TSX, ['test/utils/write-browser-export.ts', s.exportA], { cwd: REPO_ROOT });
      s.nginx = await startNginx({ root: s.site });
      s.publishArgs = ['--app', 'dist', '--out', s.site, '--site-url', s.nginx.url];
      await runPublish([...s.publishArgs, '--in', s.exportA]);
    } catch (error) {
      s.setupError = error;
    }
  });
  test.afterAll(async () => {
    await s.nginx?.stop();
    if (s.dir) await rm(s.dir, { recursive: true, force: true });
  });
  const url = (p) => new URL(p.replace(/^\//, ''), s.nginx.url).href;

  test('a reader: home, an article with its picture, back home, search', async ({ browser }) => {
    ready();
    const page = await newPage(browser);
    try {
      const failed = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(url('/'));
      const latest = page.getByRole('region', { name: 'Tin mới nhất' });
      await waitVisible(latest.getByRole('link'));
      await page.goto(url('/articles/bai-co-anh'));
      await waitVisible(page.getByRole('heading', { level: 1, name: 'Thông báo có ảnh minh hoạ' }));
      const img = page.getByRole('main').getByRole('img').first();
      await waitVisible(img);
      await page.waitForFunction((el) => el.complete, await img.elementHandle());
      assert.ok((await img.evaluate((el) => el.naturalWidth)) > 0, 'the picture is drawn');
      await page
        .getByRole('navigation', { name: 'Đường dẫn' })
        .getByRole('link', { name: 'Trang chủ' })
        .click();
      await waitVisible(latest);
      await page.goto(url('/search?q=co+anh+minh+hoa'));
      await waitVisible(
        page.getByRole('main').getByRole('link', { name: 'Thông báo có ảnh minh hoạ' }),
      );
      assert.deepEqual(failed, [], 'every request answered');
      assert.deepEqual(consoleErrors(page), []);
      expectNoPageErrors(page);
    } finally {
      await page.context().close();
    }
  });

  test('sends the headers of dist/_headers, types, gzip, real 404s, and no build manifest', async () => {
    ready();
    const rules = await readFile(path.join(REPO_ROOT, 'dist', '_headers'), 'utf8');
    // The shell names the entry in a <script>; a prerendered page (as `/` is) only in its data.
    const html = await (await fetch(url('/shell.html'))).text();
    const entry = html.match(/src="\/(assets\/[^"]+\.js)"/)[1];
    const get = (p) => fetch(url(p), { headers: { 'Accept-Encoding': 'gzip' } });
    for (const p of [
      '/',
      '/articles/bai-co-anh',
      '/embed/latest',
      `/${entry}`,
      '/api/site.json',
      '/sw.js',
    ]) {
      const res = await get(p);
      assert.equal(res.status, 200, p);
      for (const [name, value] of Object.entries(headersFor(rules, p))) {
        assert.equal(res.headers.get(name), value, `${p}: ${name}`);
      }
    }
    const type = async (p) => (await get(p)).headers.get('content-type');
    assert.match(await type('/manifest.webmanifest'), /^application\/manifest\+json/);
    assert.match(await type('/api/feeds/all.xml'), /^application\/atom\+xml/);
    assert.equal((await get(`/${entry}`)).headers.get('content-encoding'), 'gzip');
    for (const p of ['/api/khong-co.json', '/api/articles/khong-co.json', '/api/']) {
      const res = await get(p);
      assert.equal(res.status, 404, p);
      assert.doesNotMatch(await res.text(), /<html/i, `${p}: never the app's HTML`);
    }
    for (const p of ['/.vite/manifest.json', '/_headers', '/assets/khong-co.js']) {
      assert.equal((await get(p)).status, 404, p);
    }
  });

  test("a ward's page on another origin shows the widget; a portal page it cannot frame", async ({
    browser,
  }) => {
    ready();
    const ward = await wardSite(s.nginx.url);
    const page = await newPage(browser);
    try {
      await page.goto(ward.url);
      const widget = page.frameLocator('iframe[src*="/embed/latest"]');
      await waitVisible(widget.getByRole('link', { name: /Thông báo/ }));
      assert.equal(await widget.getByRole('listitem').count(), 3);
      const blocked = consoleErrors(page).filter((e) => /frame-ancestors/.test(e));
      assert.equal(blocked.length, 1, blocked.join('\n'));
      assert.match(blocked[0], /frame-ancestors 'none'/);
      expectNoPageErrors(page);
    } finally {
      await page.context().close();
      await ward.close();
    }
  });

  test('a republish under a poller: every answer 200, whole, never old after new; then a rollback', async () => {
    ready();
    const before = await realpath(s.site);
    const exportB = await nextVersion(s.exportA, path.join(s.dir, 'export-b'));
    const paths = await pollPaths(before);
    const { answers, result } = await pollDuring(s.nginx.origin, paths, () =>
      runPublish([...s.publishArgs, '--in', exportB]),
    );
    const verdict = await judge(answers, { before, after: await realpath(s.site) });
    note(
      `republish: ${verdict.requests} requests, ${verdict.failed} failed, ${verdict.torn} torn, ` +
        `${verdict.mixed} mixed; steps ${result.steps.map((x) => `${x.name} ${x.seconds} s`).join(', ')}`,
    );
    assert.deepEqual(
      { failed: verdict.failed, torn: verdict.torn, mixed: verdict.mixed },
      { failed: 0, torn: 0, mixed: 0 },
      JSON.stringify(verdict.examples),
    );
    assert.ok(verdict.sawOld && verdict.sawNew, 'the poller saw both versions');
    const name = async () => (await (await fetch(url('/api/site.json'))).json()).name;
    assert.match(await name(), /\(bản mới\)$/);
    await runPublish(['--rollback', '--out', s.site]);
    assert.doesNotMatch(await name(), /bản mới/);
  });

  test('search readers across a republish: the entry, then its index files, never a 404', async () => {
    ready();
    // Pagefind in a page loaded before the switch holds the old entry and asks for the files it
    // names (content-hashed) afterwards: the new release carries the old ones it lacks.
    const exportC = await nextVersion(s.exportA, path.join(s.dir, 'export-c'));
    const verdict = await searchAcross(s.nginx.origin, s.site, () =>
      runPublish([...s.publishArgs, '--in', exportC]),
    );
    note(
      `search across a republish: ${verdict.rounds} rounds, ${verdict.requests} requests, ` +
        `${verdict.spanning} spanning the switch, ${verdict.failed} failed`,
    );
    assert.equal(verdict.versions, 2, 'the readers saw both indexes');
    assert.ok(verdict.spanning > 0, 'some reader asked for old index files after the switch');
    assert.equal(verdict.failed, 0, JSON.stringify(verdict.examples));
  });

  test('works under a sub-path with the generated /portal/ block', async () => {
    ready();
    const conf = path.join(s.dir, 'portal.conf');
    await run(TSX, ['deploy/nginx.ts', '--base', '/portal/', '--out', conf], { cwd: REPO_ROOT });
    const root = path.join(s.dir, 'www');
    await mkdir(root, { mode: 0o755 });
    await chmod(root, 0o755);
    await symlink(s.site, path.join(root, 'portal'));
    const sub = await startNginx({ root, conf: await readFile(conf, 'utf8'), base: '/portal/' });
    try {
      const get = (p) => fetch(`${sub.origin}${p}`, { redirect: 'manual' });
      assert.equal((await get('/portal')).headers.get('location'), `${sub.origin}/portal/`);
      const page = await get('/portal/articles/bai-co-anh');
      assert.equal(page.status, 200);
      const frameAncestors = (res) =>
        /(?:^|;\s*)frame-ancestors ([^;]+)/.exec(
          res.headers.get('content-security-policy') ?? '',
        )?.[1];
      assert.equal(frameAncestors(page), "'none'");
      const widget = await get('/portal/embed/latest?limit=3');
      assert.equal(frameAncestors(widget), '*');
      assert.equal((await get('/portal/api/site.json')).status, 200);
      const none = await get('/portal/api/khong-co.json');
      assert.equal(none.status, 404);
      assert.match(none.headers.get('content-type'), /^application\/json/);
      for (const p of ['/', '/api/site.json', '/portal/.vite/manifest.json']) {
        assert.equal((await get(p)).status, 404, p);
      }
    } finally {
      await sub.stop();
    }
  });
});
