// Time from pressing "Tìm" to the results on screen for a second query of a visit (engine and
// first chunks already loaded), at 4× CPU throttling, in Chromium against the built app:
//
//   node scripts/bench/search-browser.mjs --api DIR [--runs 3]
//
// Also called by run.mjs. Needs `npm run build` first.
import path from 'node:path';
import { launchBrowser, newPage } from '../../test/browser/harness.mjs';
import { startServer } from '../../test/browser/server.mjs';
import { REPO_ROOT, stats } from './lib.mjs';

export const WARM_QUERIES = { rare: '137', common: 'phuong', 'three words': 'ho tich ben' };

/** @returns {Promise<Record<string, ReturnType<typeof stats>>>} ms per query kind */
export async function warmQueryTimes(browser, baseUrl, { runs = 3, cpuRate = 4 } = {}) {
  const out = {};
  for (const [name, query] of Object.entries(WARM_QUERIES)) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const page = await newPage(browser, { width: 1280, height: 800 });
      try {
        await page.goto(new URL('search?q=thong+bao', baseUrl).href, { waitUntil: 'networkidle' });
        await page.getByRole('main').getByRole('status').filter({ hasText: 'Tìm thấy' }).waitFor({
          timeout: 30_000,
        });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
        // Typed, as a reader does (the page fetches the chunks while they type), then a pause.
        await page.getByLabel('Từ khoá').fill('');
        await page.getByLabel('Từ khoá').pressSequentially(query, { delay: 80 });
        await page.waitForTimeout(600);
        const ms = await page.evaluate(
          (q) =>
            new Promise((resolve) => {
              const status = document.querySelector('main [role="status"]');
              const start = performance.now();
              const done = () =>
                status?.textContent?.includes(`«${q}»`) && !status.textContent.startsWith('Đang');
              new MutationObserver((_, observer) => {
                if (!done()) return;
                observer.disconnect();
                // the frame that shows them
                requestAnimationFrame(() => resolve(performance.now() - start));
              }).observe(document.querySelector('main'), {
                subtree: true,
                childList: true,
                characterData: true,
              });
              document.querySelector('main form button[type="submit"]')?.click();
            }),
          query,
        );
        times.push(ms);
      } finally {
        await page.context().close();
      }
    }
    out[`${name} «${query}»`] = stats(times);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const apiDir = path.resolve(args[args.indexOf('--api') + 1] ?? '');
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
  const server = await startServer({ root: path.join(REPO_ROOT, 'dist'), apiDir, port: 0 });
  const browser = await launchBrowser();
  try {
    const times = await warmQueryTimes(browser, server.url, { runs });
    for (const [name, s] of Object.entries(times)) console.log(name, JSON.stringify(s));
  } finally {
    await browser.close();
    await server.close();
  }
}
