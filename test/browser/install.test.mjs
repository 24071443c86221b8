// Installable, under a sub-path (issue 12): a build with `--base /portal/` has a manifest and
// a service worker scoped to /portal/ that Chromium accepts for installation (its own
// installability check over CDP — what Lighthouse's "installable" audit used), works offline
// there, and stays out of the widgets' frames.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { fixtureApi } from './fixture-api.mjs';
import { fileSetup, test } from './fixtures.mjs';
import { CHROMIUM_PATH, REPO_ROOT, waitVisible } from './harness.mjs';
import { restartableServer, viteBuild, waitForServiceWorker } from './offline-helpers.mjs';

const OUT = 'test-results/dist-portal-sw';
test.describe.configure({ timeout: 90_000 });

let server;
let apiDir;
fileSetup(async () => {
  await viteBuild(OUT, ['--base', '/portal/']);
  apiDir = await fixtureApi();
  server = await restartableServer({ root: OUT, apiDir, base: '/portal/' });
});
test.afterAll(async () => {
  await server?.stop();
});

/** The service worker is what these tests are about. */
const SW = { serviceWorkers: 'allow' };

const url = (p) => new URL(p.replace(/^\//, ''), server.url).href;

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

/**
 * Chromium's own verdict on installing the app from /portal/ (Lighthouse's old "installable"
 * audit asked the same). Needs a profile on disk: incognito contexts are never installable.
 */
async function installabilityErrors() {
  const profile = await mkdtemp(path.join(tmpdir(), 'portal-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
    // Explicit: the runner gives every context the config's `use` (service workers blocked).
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url('/'));
    await waitVisible(page.getByRole('heading', { level: 1 }));
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return installabilityErrors.map((e) => e.errorId);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

test.describe('installable under /portal/', () => {
  test('has a manifest with the site names, the base path and real icons', async () => {
    // The names come from the site.json the build copies (public/api), not from the test data.
    const site = JSON.parse(await readFile(path.join(REPO_ROOT, 'public/api/site.json'), 'utf8'));
    const manifest = await fetch(url('/manifest.webmanifest')).then((r) => r.json());
    assert.equal(manifest.name, site.name);
    assert.equal(manifest.short_name, site.shortName);
    assert.equal(manifest.start_url, '/portal/');
    assert.equal(manifest.scope, '/portal/');
    assert.equal(manifest.display, 'standalone');
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    const icons = [];
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, url('/')));
      const bytes = Buffer.from(await response.arrayBuffer());
      const [w, h] = pngSize(bytes);
      assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is really ${icon.sizes}`);
      icons.push(`${icon.sizes} ${icon.purpose}`);
    }
    assert.deepEqual(icons.sort(), ['192x192 any', '512x512 any', '512x512 maskable']);
  });

  test('passes Chromium’s installability check and works offline', ({ withPage }) =>
    withPage(SW, async (page) => {
      await page.goto(url('/contacts'));
      await waitVisible(page.getByRole('heading', { level: 1 }));
      await waitForServiceWorker(page, [url('/api/contacts.json')]);
      const scope = await page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((r) => r?.scope),
      );
      assert.equal(scope, url('/'));
      assert.deepEqual(await installabilityErrors(), []);

      await server.stop();
      try {
        await page.reload();
        await waitVisible(page.getByRole('heading', { level: 1, name: /Đường dây nóng/ }));
      } finally {
        await server.start();
      }
    }));

  test('never registers inside a widget frame, and never answers one from its cache', ({
    withPage,
  }) =>
    withPage(SW, async (page) => {
      await page.goto(url('/embed/latest'));
      await page.waitForLoadState('load');
      await page.waitForTimeout(1000);
      assert.equal(
        await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
        0,
      );
      // A reader of the portal has the worker; a widget opened in the same browser still
      // comes from the server (here: fails while the server is down, never a stale copy).
      await page.goto(url('/'));
      await waitForServiceWorker(page);
      const widget = await page.goto(url('/embed/latest'));
      assert.equal(widget?.fromServiceWorker(), false);
      await server.stop();
      try {
        await assert.rejects(page.goto(url('/embed/contacts')));
      } finally {
        await server.start();
      }
    }));
});
