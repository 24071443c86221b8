// Two portals in one nginx (CONTRACT.md §6 v3, §8 v3): the generated block for `/` (a root
// build) and for `/portal/` (a `--base /portal/` build), each published into its own web root,
// included in the same `http {}`. Each must keep its own headers (the maps of both live at the
// http level) and answer a page the data lacks with 404.html and 404, the pages drawn only in
// the browser with the shell and 200, and missing data with a 404 that is not HTML.
//
//   npx playwright test nginx      (after `npm run build`; needs /usr/sbin/nginx)

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test } from './fixtures.mjs';
import { REPO_ROOT } from './harness.mjs';
import { headersFor } from './headers-file.mjs';
import { nginxMissing, startNginx } from './nginx.mjs';
import { runPublish } from './poller.mjs';

test.describe.configure({ timeout: 180_000 });
const run = promisify(execFile);
const bin = (name) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
const missing = nginxMissing();
const skip = missing && process.env.CI !== 'true' ? `${missing} (required when CI=true)` : false;
const PORTAL_DIST = 'test-results/dist-portal-nginx';

// Until build:pages writes it, a stand-in: the server must not care what the page says.
const STAND_IN = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="robots" content="noindex"><title>Không tìm thấy trang</title></head>
<body><h1>Không tìm thấy trang</h1><p><a href="./">Về trang chủ</a></p></body></html>\n`;

const s = { setupError: undefined, sites: [] };
const ready = () => {
  if (s.setupError) throw s.setupError;
};

/** Publishes `app` into `out` and gives it a 404.html if build:pages wrote none. */
async function publishSite({ app, exportDir, out, base }) {
  const siteUrl = `http://portal.test${base}`;
  await runPublish(['--app', app, '--in', exportDir, '--out', out, '--site-url', siteUrl]);
  const page = path.join(out, '404.html');
  if (!(await stat(page).catch(() => null))) {
    await writeFile(page, STAND_IN);
    await chmod(page, 0o644);
  }
}

test.describe('the / and /portal/ blocks in one nginx', () => {
  test.skip(Boolean(skip), skip || '');
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    try {
      s.dir = await mkdtemp(path.join(os.tmpdir(), 'portal-nginx-sites-'));
      await chmod(s.dir, 0o755);
      const exportDir = path.join(s.dir, 'export');
      await run(bin('tsx'), ['test/utils/write-browser-export.ts', exportDir], { cwd: REPO_ROOT });
      await run(
        bin('vite'),
        [
          'build',
          '--base',
          '/portal/',
          '--outDir',
          PORTAL_DIST,
          '--emptyOutDir',
          '--logLevel',
          'warn',
        ],
        { cwd: REPO_ROOT, timeout: 180_000 },
      );
      const www = path.join(s.dir, 'www');
      await mkdir(www, { mode: 0o755 });
      await chmod(www, 0o755);
      const root = { app: 'dist', base: '/', web: path.join(s.dir, 'site') };
      const portal = { app: PORTAL_DIST, base: '/portal/', web: www };
      await publishSite({ app: root.app, exportDir, out: root.web, base: '/' });
      await publishSite({
        app: portal.app,
        exportDir,
        out: path.join(www, 'portal'),
        base: '/portal/',
      });
      const portalConf = path.join(s.dir, 'portal.conf');
      await run(bin('tsx'), ['deploy/nginx.ts', '--base', '/portal/', '--out', portalConf], {
        cwd: REPO_ROOT,
      });
      s.nginx = await startNginx({
        sites: [
          { root: root.web, base: '/' },
          { root: www, base: '/portal/', conf: await readFile(portalConf, 'utf8') },
        ],
      });
      s.sites = [root, portal].map((site, i) => ({
        ...site,
        url: s.nginx.sites[i].url,
        folder: i === 0 ? root.web : path.join(www, 'portal'),
      }));
    } catch (error) {
      s.setupError = error;
    }
  });
  test.afterAll(async () => {
    await s.nginx?.stop();
    if (s.dir) await rm(s.dir, { recursive: true, force: true });
  });

  const get = (site, p) =>
    fetch(new URL(p, site.url), { headers: { 'Accept-Encoding': 'gzip' }, redirect: 'manual' });
  const HEADERS = ['content-security-policy', 'cache-control', 'x-content-type-options'];

  for (const which of [0, 1]) {
    test(`${which ? '/portal/' : '/'} keeps its own headers beside the other block`, async () => {
      ready();
      const site = s.sites[which];
      const rules = await readFile(path.join(REPO_ROOT, site.app, '_headers'), 'utf8');
      const shell = await readFile(path.join(site.folder, 'shell.html'), 'utf8');
      const entry = shell.match(/src="[^"]*?(assets\/[^"]+\.js)"/)?.[1];
      assert.ok(entry, 'the shell names its entry');
      for (const p of ['', 'articles/bai-co-anh', 'embed/latest', entry, 'api/site.json']) {
        const res = await get(site, p);
        assert.equal(res.status, 200, p);
        const expected = headersFor(rules, `${site.base}${p}`);
        for (const name of HEADERS)
          assert.equal(res.headers.get(name), expected[name], `${p}: ${name}`);
        assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', p);
      }
      const policy = (await get(site, '')).headers.get('content-security-policy');
      assert.match(policy, /connect-src 'self'/);
      assert.match(policy, /frame-ancestors 'none'/);
    });

    test(`${which ? '/portal/' : '/'}: a page the data lacks is a 404 with the not-found page`, async () => {
      ready();
      const site = s.sites[which];
      const rules = await readFile(path.join(REPO_ROOT, site.app, '_headers'), 'utf8');
      const notFound = await readFile(path.join(site.folder, '404.html'), 'utf8');
      const shell = await readFile(path.join(site.folder, 'shell.html'), 'utf8');
      for (const p of ['articles/khong-co', 'categories/khong-co/page/9', 'khong-co']) {
        const res = await get(site, p);
        assert.equal(res.status, 404, p);
        assert.match(res.headers.get('content-type'), /^text\/html/, p);
        assert.equal(await res.text(), notFound, p);
        const expected = headersFor(rules, `${site.base}${p}`);
        assert.ok(expected['content-security-policy'], 'the build sends a policy');
        assert.equal(
          res.headers.get('content-security-policy'),
          expected['content-security-policy'],
        );
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', p);
        assert.equal(res.headers.get('cache-control'), 'no-cache', p);
      }
      for (const p of ['search?q=x', 'embed/latest', 'embed/calendar', 'embed']) {
        const res = await get(site, p);
        assert.equal(res.status, 200, p);
        assert.equal(await res.text(), shell, `${p}: the shell`);
      }
      for (const p of ['api/articles/khong-co.json', 'api/khong-co.json']) {
        const res = await get(site, p);
        assert.equal(res.status, 404, p);
        assert.match(res.headers.get('content-type'), /^application\/json/, p);
        assert.doesNotMatch(await res.text(), /<html/i, p);
      }
      // Pagefind's engine (wasm.unknown.pagefind): gzip data it fetches and unpacks itself.
      const files = await readdir(path.join(site.folder, 'api', 'search'));
      const wasmFile = files.find((f) => /^wasm\..*\.pagefind$/.test(f));
      assert.ok(wasmFile, files.join(' '));
      const wasm = await get(site, `api/search/${wasmFile}`);
      assert.equal(wasm.status, 200);
      assert.equal(wasm.headers.get('content-type'), 'application/octet-stream');
      assert.equal(wasm.headers.get('content-encoding'), null, 'already gzip: not again');
      assert.equal((await get(site, '_redirects')).status, 404);
    });
  }
});
