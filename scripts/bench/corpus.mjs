// Synthetic corpora for the scale figures, generated with the project's own scripts
// (`scripts/make-corpus.ts` → `scripts/build-api.ts`) into bench-results/corpus/, cached between
// runs under a folder named after the parameters; and the pages to compare across corpora.

import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { execFileAsync, log, REPO_ROOT, RESULTS_DIR, stats } from './lib.mjs';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const MAKE_CORPUS = path.join(REPO_ROOT, 'scripts', 'make-corpus.ts');
const BUILD_API = path.join(REPO_ROOT, 'scripts', 'build-api.ts');
const BUILD_FEEDS = path.join(REPO_ROOT, 'scripts', 'build-feeds.ts');

async function tsx(args) {
  return execFileAsync(TSX, args, { cwd: REPO_ROOT, maxBuffer: 16 << 20, timeout: 600_000 });
}

/** `{ exportDir, apiDir }` of a corpus, generated unless already cached. */
export async function ensureCorpus({ articles, years, seed = 1 }) {
  const dir = path.join(RESULTS_DIR, 'corpus', `articles-${articles}-years-${years}-seed-${seed}`);
  const exportDir = path.join(dir, 'export');
  const apiDir = path.join(dir, 'api');
  const done = path.join(apiDir, 'archive', 'index.json');
  if (!existsSync(done)) {
    log(`generating corpus: ${articles} articles over ${years} years (seed ${seed})`);
    await rm(dir, { recursive: true, force: true });
    const n = String(articles);
    await tsx(
      [MAKE_CORPUS, '--articles', n, '--years', String(years), '--seed', String(seed)].concat([
        '--out',
        exportDir,
      ]),
    );
    await tsx([BUILD_API, '--in', exportDir, '--out', apiDir]);
  } else log(`corpus cached: ${path.relative(REPO_ROOT, dir)}`);
  return { exportDir, apiDir, articles, years, seed };
}

/**
 * Wall time of the generator on `exportDir`, `runs` times, writing into a scratch folder.
 * `buildApi()` is timed inside a `node --import tsx` child, so tsx start-up is not counted.
 */
export async function timeGenerator(exportDir, runs = 3) {
  const outDir = path.join(RESULTS_DIR, 'generator-timing', 'api');
  const code = `
    import { buildApi } from ${JSON.stringify(BUILD_API)};
    const t = performance.now();
    await buildApi({ inDir: ${JSON.stringify(exportDir)}, outDir: ${JSON.stringify(outDir)} });
    console.log(JSON.stringify({ ms: performance.now() - t }));`;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', code],
      { cwd: REPO_ROOT, maxBuffer: 16 << 20, timeout: 600_000 },
    );
    const ms = JSON.parse(stdout.trim().split('\n').at(-1)).ms;
    log(`generator run ${i + 1}/${runs}: ${(ms / 1000).toFixed(2)} s`);
    times.push(ms);
  }
  await rm(path.dirname(outDir), { recursive: true, force: true });
  return stats(times);
}

/**
 * Wall time of `build:feeds` on a served folder (`apiDir`), `runs` times, timed inside a
 * `node --import tsx` child like the generator. It rewrites apiDir/feeds with the generator's
 * default site URL, i.e. the same bytes the cached corpus already holds.
 */
export async function timeFeeds(apiDir, runs = 3) {
  const code = `
    import { buildFeeds } from ${JSON.stringify(BUILD_FEEDS)};
    const t = performance.now();
    const { files } = await buildFeeds({ apiDir: ${JSON.stringify(apiDir)}, siteUrl: 'http://localhost:4173/' });
    console.log(JSON.stringify({ ms: performance.now() - t, feeds: files.size }));`;
  const times = [];
  let feeds = 0;
  for (let i = 0; i < runs; i++) {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', code],
      { cwd: REPO_ROOT, maxBuffer: 16 << 20, timeout: 600_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1));
    log(`feeds run ${i + 1}/${runs}: ${(result.ms / 1000).toFixed(2)} s (${result.feeds} feeds)`);
    times.push(result.ms);
    feeds = result.feeds;
  }
  return { ...stats(times), feeds };
}

async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** `YYYY-MM-DD` of an ISO instant in `timeZone`. */
export function siteDay(iso, timeZone) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

/** Summaries of an API tree, newest first (from the archive month files). */
async function newestFirst(apiDir) {
  const { months } = await readJson(path.join(apiDir, 'archive', 'index.json'));
  const out = [];
  for (const { month } of [...months].reverse()) {
    const { items } = await readJson(path.join(apiDir, 'archive', `${month}.json`));
    out.push(...items);
    if (out.length > 200) break;
  }
  return out;
}

/**
 * App URLs for an article and an archive day that exist in every given API tree: the newest
 * article of the first tree found in all of them, and the newest day of the first tree that has
 * articles in all of them.
 */
export async function commonPages(apiDirs) {
  const [first, ...others] = apiDirs;
  const { timeZone } = await readJson(path.join(first, 'site.json'));
  const items = await newestFirst(first);
  const article = items.find((it) =>
    others.every((dir) => existsSync(path.join(dir, 'articles', `${it.id}.json`))),
  );
  let day;
  for (const it of items) {
    const key = siteDay(it.publishedAt, timeZone);
    let inAll = true;
    for (const dir of others) {
      const file = path.join(dir, 'archive', `${key.slice(0, 7)}.json`);
      const month = existsSync(file) ? await readJson(file) : { items: [] };
      if (!month.items.some((x) => siteDay(x.publishedAt, timeZone) === key)) inAll = false;
    }
    if (inAll) {
      day = key;
      break;
    }
  }
  if (!article || !day) throw new Error('no article/day common to every corpus');
  return { article: `/articles/${article.id}`, day: `/archive/${day}` };
}
