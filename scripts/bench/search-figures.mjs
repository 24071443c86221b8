// Search (issue 10): index build time, peak memory and size, and bytes per query cold and warm,
// on both corpora (scripts/bench/search.ts, in a process of its own); then the time to results
// on screen after a second query, 4× CPU, on the large corpus (./search-browser.mjs).

import path from 'node:path';
import { execFileAsync, fmtStats, log, REPO_ROOT } from './lib.mjs';
import { warmQueryTimes } from './search-browser.mjs';

/** @param {{ browser, servers, small, large, runs: number }} bench */
export async function searchBench({ browser, servers, small, large, runs }) {
  log('search index build and bytes per query, 200 and 20 000 articles');
  const out = {};
  for (const [label, corpus] of [
    ['200', small],
    ['20 000', large],
  ]) {
    const { stdout } = await execFileAsync(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      ['scripts/bench/search.ts', '--api', corpus.apiDir],
      { cwd: REPO_ROOT, maxBuffer: 16 << 20, timeout: 900_000 },
    );
    const lines = stdout.trim().split('\n');
    out[label] = JSON.parse(lines.pop() ?? '{}');
    out[label].report = lines.join('\n').replace(/### Search: .*/, `### Search, ${label} articles`);
  }
  log('search: results on screen after a second query, 4× CPU, 20 000 articles');
  const warm = await warmQueryTimes(browser, servers.large.url, { runs });
  out.warmMs = {
    report: [
      '\nSearch, 20 000 articles: results on screen after a second query (typed, then Tìm), 4× CPU, ms\n',
      ...Object.entries(warm).map(([name, s]) => `- ${name}: ${fmtStats(s)}`),
    ].join('\n'),
    ...warm,
  };
  return out;
}

/** Each part's own report, in order. */
export function searchReport(search = {}) {
  return Object.values(search).map((part) => `\n${part.report}`);
}
