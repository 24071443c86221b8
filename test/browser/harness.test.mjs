// Checks the test plumbing itself — the static server and Chromium — with a tiny API folder of
// its own, so it says nothing about the pages and passes on any build that boots.

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { browserSuite, test } from './fixtures.mjs';
import { expectNoPageErrors, waitVisible } from './harness.mjs';

let tmp;
/** A tiny API folder of its own, with a symlink out of it; made in the suite's setup. */
async function tinyApi() {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'portal-harness-'));
  const apiDir = path.join(tmp, 'api');
  await mkdir(apiDir, { recursive: true });
  await writeFile(
    path.join(apiDir, 'site.json'),
    JSON.stringify({ name: 'Cổng thử nghiệm', shortName: 'Thử', timeZone: 'Asia/Ho_Chi_Minh' }),
  );
  await writeFile(
    path.join(apiDir, 'categories.json'),
    JSON.stringify({ categories: [{ slug: 'tin-tuc', name: 'Tin tức', parent: null }] }),
  );
  await writeFile(
    path.join(apiDir, 'contacts.json'),
    JSON.stringify({ updatedAt: '2026-01-01', groups: [] }),
  );
  await writeFile(path.join(tmp, 'secret.txt'), 'secret');
  await symlink(path.join(tmp, 'secret.txt'), path.join(apiDir, 'leak.json'));
  return apiDir;
}

const suite = browserSuite({ apiDir: tinyApi });
test.afterAll(() => tmp && rm(tmp, { recursive: true, force: true }));

/** Raw GET (no URL normalisation, unlike fetch) → { status, type, body }. */
function rawGet(pathAndQuery) {
  suite.ready();
  const { port, hostname } = new URL(suite.baseURL);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: pathAndQuery, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode, type: res.headers['content-type'], body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

test.describe('static server', () => {
  let indexHtml;
  test.beforeAll(async () => {
    if (suite.setupError) return; // each test fails with it (fixtures.mjs)
    indexHtml = (await rawGet('/')).body;
  });

  test('serves index.html at / and shell.html as the fallback for extension-less paths', async () => {
    const home = await rawGet('/');
    assert.equal(home.status, 200);
    assert.match(home.type, /^text\/html/);
    const shell = (await rawGet('/shell.html')).body;
    assert.match(shell, /<meta name="robots" content="noindex"/);
    for (const p of [
      '/articles/x',
      '/categories/a/b?page=2',
      '/archive/2007-12-10',
      '/embed/latest',
    ]) {
      const res = await rawGet(p);
      assert.equal(res.status, 200, p);
      assert.equal(res.body, shell, p);
    }
  });

  test('serves assets with their content type and 404s a missing file with an extension', async () => {
    const scripts = [...indexHtml.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]);
    assert.ok(scripts.length > 0, 'index.html references a script');
    const js = await rawGet(scripts[0]);
    assert.equal(js.status, 200);
    assert.match(js.type, /^text\/javascript/);
    const missing = await rawGet('/assets/nope-123.js');
    assert.equal(missing.status, 404);
    assert.doesNotMatch(missing.body, /<html/i);
  });

  test('serves /api/ from the API folder and gives a real 404 for a missing document', async () => {
    const site = await rawGet('/api/site.json');
    assert.equal(site.status, 200);
    assert.match(site.type, /^application\/json/);
    assert.equal(JSON.parse(site.body).shortName, 'Thử');
    for (const p of ['/api/nope.json', '/api/articles/none', '/api/', '/api']) {
      const res = await rawGet(p);
      assert.equal(res.status, 404, p);
      assert.doesNotMatch(res.body, /<html/i, p);
    }
  });

  test('serves nothing that is not part of the site: the build manifest, _headers', async () => {
    for (const p of ['/.vite/manifest.json', '/_headers', '/api/.search.tmp-x/a.json']) {
      assert.equal((await rawGet(p)).status, 404, p);
    }
  });

  test('refuses directory traversal and symlinks out of the served folder', async () => {
    for (const p of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/api/..%2f..%2fsecret.txt',
      '/api/../secret.txt',
      '/%E0%A4%A',
    ]) {
      const res = await rawGet(p);
      assert.ok(res.status === 400 || res.status === 404, `${p} → ${res.status}`);
      assert.doesNotMatch(res.body, /root:|secret/, p);
    }
    const leak = await rawGet('/api/leak.json');
    assert.equal(leak.status, 404);
  });
});

test.describe('browser', () => {
  test('loads / in Chromium', async ({ withPage }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url('/'));
      await waitVisible(page.getByRole('heading', { level: 1 }));
      await waitVisible(page.getByRole('link', { name: 'Cổng thử nghiệm' }));
      expectNoPageErrors(page);
    }));

  test('deep-links and reloads /articles/x', async ({ withPage }) =>
    withPage({}, async (page) => {
      const response = await page.goto(suite.url('/articles/x'));
      assert.equal(response?.status(), 200);
      await waitVisible(page.locator('main'));
      await page.reload();
      await waitVisible(page.locator('main'));
      assert.equal(new URL(page.url()).pathname, '/articles/x');
      expectNoPageErrors(page);
    }));
});
