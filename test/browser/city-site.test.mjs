// A city portal's breadth through the real deployment (contract §6 v3, §8): a 2 000-article
// corpus with 21 categories and one busy month (120 articles in June 2009), published with
// `npm run publish` — whose check step runs check:site over every page — and served by nginx
// with deploy/nginx.conf, at `/` and under `/portal/` (a build made with `--base /portal/` and
// the generated /portal/ block). Read with JavaScript off and taken over by the app.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileSetup, note, test } from './fixtures.mjs';
import { expectNoPageErrors, REPO_ROOT, takenOver, waitVisible } from './harness.mjs';
import { nginxMissing, startNginx } from './nginx.mjs';
import { runPublish } from './poller.mjs';

const run = promisify(execFile);
const bin = (name) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
const missing = nginxMissing();
const skip = missing && process.env.CI !== 'true' ? `${missing} (required when CI=true)` : false;
const BUSY_MONTH = '2009-06';

const s = fileSetup(
  async () => {
    if (skip) return;
    // Under /tmp, 755: nginx's workers (nobody) must reach it.
    s.dir = await mkdtemp(path.join(os.tmpdir(), 'portal-city-'));
    await chmod(s.dir, 0o755);
    const exportDir = path.join(s.dir, 'export');
    await run(
      bin('tsx'),
      [
        'scripts/make-corpus.ts',
        '--articles',
        '2000',
        '--years',
        '5',
        '--pin',
        `${BUSY_MONTH}:120`,
        '--out',
        exportDir,
      ],
      { cwd: REPO_ROOT },
    );
    const portalApp = path.join(s.dir, 'app-portal');
    await run(
      bin('vite'),
      ['build', '--base', '/portal/', '--outDir', portalApp, '--logLevel', 'warn'],
      { cwd: REPO_ROOT, timeout: 180_000 },
    );
    const conf = path.join(s.dir, 'portal.conf');
    await run(bin('tsx'), ['deploy/nginx.ts', '--base', '/portal/', '--out', conf], {
      cwd: REPO_ROOT,
    });
    const www = path.join(s.dir, 'www');
    await mkdir(www, { mode: 0o755 });
    await chmod(www, 0o755);
    await symlink(path.join(s.dir, 'site-portal'), path.join(www, 'portal'));
    s.sites = {};
    for (const [base, app, root, out, confText] of [
      ['/', 'dist', path.join(s.dir, 'site'), path.join(s.dir, 'site'), undefined],
      ['/portal/', portalApp, www, path.join(s.dir, 'site-portal'), await readFile(conf, 'utf8')],
    ]) {
      const nginx = await startNginx({ root, conf: confText, base });
      const siteUrl = `${nginx.origin}${base}`;
      const published = await runPublish([
        '--app',
        app,
        '--in',
        exportDir,
        '--out',
        out,
        '--site-url',
        siteUrl,
      ]);
      s.sites[base] = { nginx, siteUrl, published };
    }
  },
  { timeout: 600_000 },
);
test.afterAll(async () => {
  for (const site of Object.values(s.sites ?? {})) await site.nginx.stop();
  if (s.dir) await rm(s.dir, { recursive: true, force: true });
});
test.describe.configure({ timeout: 120_000 });

for (const base of ['/', '/portal/']) {
  test.describe(`a city portal at ${base}`, () => {
    test.skip(Boolean(skip), skip || '');
    const url = (p) => new URL(p.replace(/^\//, ''), s.sites[base].siteUrl).href;

    test('publish drew every page and check:site passed them all', () => {
      const { steps } = s.sites[base].published;
      const pages = steps.find((step) => step.name === 'pages');
      const check = steps.find((step) => step.name === 'check');
      assert.ok(check, `a check step in ${steps.map((x) => x.name)}`);
      assert.match(check.note, /đạt check:site/);
      note(`${base}: ${pages?.note}; ${check.note}`);
    });

    test('without JavaScript: home, a busy month, a deep category page and an article read whole', ({
      withPage,
    }) =>
      withPage({ javaScriptEnabled: false, width: 360 }, async (page) => {
        await page.goto(url('/'));
        const newest = page.getByRole('region', { name: 'Tin mới nhất' }).getByRole('link');
        assert.ok((await newest.count()) >= 5, 'home lists the newest articles');
        const month = await page.goto(url(`/archive/${BUSY_MONTH}`));
        assert.equal(month?.status(), 200);
        assert.ok(
          (await page.locator('main a[href*="/articles/"]').count()) >= 10,
          'the busy month lists its articles',
        );
        assert.equal(await page.locator('main').getByText('Đang tải').count(), 0);
        const category = await page.goto(url('/categories/tin-tuc-su-kien/page/3'));
        assert.equal(category?.status(), 200);
        const first = page.locator('main a[href*="/articles/"]').first();
        const href = await first.getAttribute('href');
        assert.ok(href?.startsWith(`${base}articles/`), `article links under ${base}: ${href}`);
        await page.goto(new URL(href, url('/')).href);
        await waitVisible(page.getByRole('heading', { level: 1 }));
        assert.match(await page.title(), /\S/);
      }));

    test('the app takes over a busy month page and a category page without redrawing or errors', ({
      withPage,
    }) =>
      withPage({}, async (page) => {
        for (const p of [`/archive/${BUSY_MONTH}`, '/categories/tin-tuc-su-kien/page/2']) {
          await page.goto(url(p));
          await takenOver(page);
          await page.waitForLoadState('networkidle');
          expectNoPageErrors(page);
        }
        await page.getByRole('banner').getByRole('link').first().click();
        await waitVisible(page.getByRole('region', { name: 'Tin mới nhất' }));
        assert.equal(new URL(page.url()).pathname, base);
      }));
  });
}
