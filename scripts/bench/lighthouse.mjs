// Lighthouse mobile performance score, through `npx --yes lighthouse@12.2.3` — deliberately
// not a devDependency: it is heavy and would slow every `npm ci` in CI.

import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { execFileAsync, fmtStats, log, mdTable, REPO_ROOT, RESULTS_DIR, stats } from './lib.mjs';

export const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function once(url, outFile) {
  await execFileAsync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--only-categories=performance',
      '--form-factor=mobile',
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, CHROME_PATH },
      maxBuffer: 64 << 20,
      timeout: 300_000,
    },
  );
  const report = JSON.parse(await readFile(outFile, 'utf8'));
  const metric = (id) => report.audits[id]?.numericValue ?? null;
  return {
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    si: metric('speed-index'),
  };
}

/** `runs` Lighthouse runs of `url`: `{ score, fcp, lcp, tbt, cls, si }` each as min/median/max. */
export async function lighthouse(url, name, runs = 5) {
  const dir = path.join(RESULTS_DIR, 'lighthouse');
  await mkdir(dir, { recursive: true });
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(url, path.join(dir, `${name}-${i + 1}.json`));
    log(`lighthouse ${name} ${i + 1}/${runs}: ${r.score} (LCP ${Math.round(r.lcp)} ms)`);
    results.push(r);
  }
  const out = {};
  for (const key of ['score', 'fcp', 'lcp', 'tbt', 'cls', 'si']) {
    out[key] = stats(results.map((r) => r[key]));
  }
  return out;
}

/** The figure: home, an article, an archive day and the React floor, 5 runs each. */
export async function lighthouseBench({ at, servers, fixturePages }) {
  log(`${LIGHTHOUSE}, mobile, 5 runs per page`);
  const out = {};
  for (const [name, url] of [
    ['home', at(servers.fixture, '/')],
    ['article', at(servers.fixture, fixturePages.article)],
    ['archive-day', at(servers.fixture, fixturePages.day)],
    ['react-floor', at(servers.floor, '/')],
  ]) {
    try {
      out[name] = { url: new URL(url).pathname, ...(await lighthouse(url, name)) };
    } catch (error) {
      out[name] = { error: String(error.message).slice(0, 500) };
      log(`lighthouse ${name} failed: ${error.message}`);
    }
  }
  return out;
}

/** Its report section; undefined (skipped with --quick) says so. */
export function lighthouseReport(results) {
  if (!results) return '\nLighthouse skipped (--quick).';
  return [
    `\n## Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, performance (5 runs)\n`,
    mdTable(
      ['page', '>score', '>FCP ms', '>LCP ms', '>TBT ms', '>CLS'],
      Object.entries(results).map(([name, l]) =>
        l.error
          ? [name, `failed: ${l.error.split('\n')[0]}`, '', '', '', '']
          : [
              name,
              fmtStats(l.score),
              fmtStats(l.fcp),
              fmtStats(l.lcp),
              fmtStats(l.tbt),
              fmtStats(l.cls, 3),
            ],
      ),
    ),
  ].join('\n');
}
