// Offline and installable (issue 12): what a reader read stays readable when the server is
// gone — really gone: the server is closed, not emulated offline (a service worker's own
// fetches ignore the emulation) — and a new article shows again once it is back.

import assert from 'node:assert/strict';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fixtureApi } from './fixture-api.mjs';
import { fileSetup, test } from './fixtures.mjs';
import { expectNoPageErrors, newPage, REPO_ROOT, waitUntil, waitVisible } from './harness.mjs';
import { restartableServer, waitForServiceWorker } from './offline-helpers.mjs';

test.describe.configure({ timeout: 90_000 });
const OFFLINE = /Bạn đang ngoại tuyến, bài này chưa được lưu/;
const MAYBE_OLD = /bản đã lưu trên máy, có thể chưa cập nhật/;
const PUBLISHED = path.join(REPO_ROOT, 'test-results', 'offline-api-published');

let server;
let apiDir;
fileSetup(async () => {
  apiDir = await fixtureApi();
  server = await restartableServer({ root: 'dist', apiDir });
});
test.afterAll(async () => {
  await server?.stop();
});

const url = (p) => new URL(p.replace(/^\//, ''), server.url).href;
const apiFile = (name) => url(`/api/${name}`);

/** Two article ids of the data being served, newest file names first. */
async function articleIds() {
  const files = (await readdir(path.join(apiDir, 'articles'))).filter((f) => f.endsWith('.json'));
  return files.map((f) => f.replace(/\.json$/, '')).sort();
}

async function mainText(page) {
  return ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Navigate and wait for the page's h1 and for nothing to be loading any more. */
async function open(page, p) {
  await page.goto(url(p), { waitUntil: 'domcontentloaded' });
  await waitVisible(page.getByRole('heading', { level: 1 }));
  await waitUntil(async () => (await page.getByText('Đang tải…').count()) === 0);
}

/** A copy of the data with one more article, published now in the first root category. */
async function publishArticle(title) {
  await rm(PUBLISHED, { recursive: true, force: true });
  await cp(apiDir, PUBLISHED, { recursive: true });
  const { categories } = JSON.parse(await readFile(path.join(PUBLISHED, 'categories.json')));
  const root = categories.find((c) => c.parent === null);
  const summary = {
    id: 'bai-moi-sau-mat-mang',
    title,
    publishedAt: new Date().toISOString(),
    category: root.slug,
  };
  const pageFile = path.join(PUBLISHED, 'categories', root.slug, '1.json');
  const first = JSON.parse(await readFile(pageFile, 'utf8'));
  first.items.unshift(summary);
  first.total += 1;
  await writeFile(pageFile, JSON.stringify(first));
  await writeFile(
    path.join(PUBLISHED, 'articles', `${summary.id}.json`),
    JSON.stringify({ ...summary, body: '<p>Nội dung.</p>' }),
  );
  return PUBLISHED;
}

test.describe('offline', () => {
  test('keeps the hotline and read articles, says what is not saved, and catches up', async ({
    browser,
  }) => {
    const page = await newPage(browser, { serviceWorkers: 'allow' });
    try {
      const [read, unread] = await articleIds();
      await open(page, '/');
      await waitForServiceWorker(
        page,
        ['site.json', 'categories.json', 'contacts.json'].map(apiFile),
      );
      await open(page, '/contacts');
      const hotline = await mainText(page);
      await open(page, `/articles/${read}`);
      const article = await mainText(page);
      await waitForServiceWorker(page, [apiFile(`articles/${read}.json`)]);

      await server.stop();

      await open(page, '/contacts');
      assert.equal(await mainText(page), hotline, 'the hotline directory, as it was');
      await waitVisible(page.getByText(MAYBE_OLD));
      await open(page, `/articles/${read}`);
      assert.equal(await mainText(page), article, 'the article read before');

      await page.goto(url(`/articles/${unread}`), { waitUntil: 'domcontentloaded' });
      const alert = await waitVisible(page.getByRole('alert').filter({ hasText: OFFLINE }));
      await alert.getByRole('link', { name: 'Đường dây nóng' }).click();
      await waitVisible(page.getByRole('heading', { level: 1, name: /Đường dây nóng/ }));

      const title = 'Thông báo mới đăng khi bạn đang ngoại tuyến';
      await server.start({ apiDir: await publishArticle(title) });
      await open(page, '/');
      await waitVisible(
        page.getByRole('region', { name: 'Tin mới nhất' }).getByRole('link', { name: title }),
      );
      assert.equal(await page.getByText(MAYBE_OLD).count(), 0, 'fresh data is not "out of date"');
      expectNoPageErrors(page);
    } finally {
      await page.context().close();
      await server.start().catch(() => {});
    }
  });

  test("shows a read article's pictures offline", async ({ browser }) => {
    const page = await newPage(browser, { serviceWorkers: 'allow' });
    try {
      const id = 'bai-co-anh';
      const { images } = JSON.parse(
        await readFile(path.join(apiDir, 'articles', `${id}.json`), 'utf8'),
      );
      const picture = url(images[0].src);
      await open(page, '/');
      await waitForServiceWorker(page);
      await open(page, `/articles/${id}`);
      await waitForServiceWorker(page, [apiFile(`articles/${id}.json`), picture]);

      await server.stop();

      await open(page, `/articles/${id}`);
      const img = page.getByRole('img', { name: images[0].alt }).first();
      await waitVisible(img);
      await waitUntil(() => img.evaluate((el) => el.complete), { message: 'image never settled' });
      assert.ok(
        (await img.evaluate((el) => el.naturalWidth)) > 0,
        'the picture is drawn, not a broken image',
      );
    } finally {
      await page.context().close();
      await server.start().catch(() => {});
    }
  });
});
