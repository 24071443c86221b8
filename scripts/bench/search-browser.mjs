// Time from pressing "Tìm" to the results on screen for a second query of a visit (engine and
// first chunks already loaded), at 4× CPU throttling, in Chromium against the built app. Two
// cases: "Tìm" pressed 600 ms after the last key (the page has fetched the chunks, ranked and
// read the first page in its worker meanwhile), and pressed at once (it has done nothing yet).
// Chromium throttles the page's thread only: the search worker runs at full speed (CDP answers
// "Operation is only supported for pages, not workers").
//
//   node scripts/bench/search-browser.mjs --api DIR [--runs 3]
//
// Also called by run.mjs. Needs `npm run build` first.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../../deploy/serve.mjs';
import { launchBrowser, newPage } from '../../test/browser/harness.mjs';
import { REPO_ROOT, stats } from './lib.mjs';

export const WARM_QUERIES = { rare: '137', common: 'phuong', 'three words': 'ho tich ben' };

/** @returns {Promise<Record<string, ReturnType<typeof stats>>>} ms per query kind */
export async function warmQueryTimes(browser, baseUrl, { runs = 3, cpuRate = 4 } = {}) {
  const out = {};
  for (const [name, query] of Object.entries(WARM_QUERIES)) {
    for (const [when, pauseMs] of [
      ['after a pause', 600],
      ['at once', 0],
    ]) {
      out[`${name} «${query}», ${when}`] = await timeQuery(browser, baseUrl, query, {
        runs,
        cpuRate,
        pauseMs,
      });
    }
  }
  return out;
}

/** ms from pressing "Tìm" to the frame that shows the results, `runs` times. */
async function timeQuery(browser, baseUrl, query, { runs, cpuRate, pauseMs }) {
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
      // Typed, as a reader does (the page prepares the search when they pause).
      await page.getByLabel('Từ khoá').fill('');
      await page.getByLabel('Từ khoá').pressSequentially(query, { delay: 80 });
      if (pauseMs > 0) await page.waitForTimeout(pauseMs);
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
  return stats(times);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { api: { type: 'string', default: '' }, runs: { type: 'string', default: '3' } },
  });
  const apiDir = path.resolve(values.api);
  const runs = Number(values.runs);
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
