// Synthetic corpora for the scale figures, generated with the project's own scripts
// (`scripts/make-corpus.ts` → `scripts/build-api.ts`) into bench-results/corpus/, cached between
// runs under a folder named after the parameters; and the pages to compare across corpora.

import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as urls from '../../src/shared/urls/app-urls.ts';
import * as files from '../../src/shared/urls/data-files.ts';
import { execFileAsync, log, REPO_ROOT, RESULTS_DIR, stats } from './lib.mjs';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const MAKE_CORPUS = path.join(REPO_ROOT, 'scripts', 'make-corpus.ts');
const BUILD_API = path.join(REPO_ROOT, 'scripts', 'build-api.ts');
const BUILD_FEEDS = path.join(REPO_ROOT, 'scripts', 'build-feeds.ts');

async function tsx(args) {
  return execFileAsync(TSX, args, { cwd: REPO_ROOT, maxBuffer: 16 << 20, timeout: 600_000 });
}

/** `{ exportDir, apiDir }` of a corpus, generated unless already cached. */
export async function ensureCorpus({ articles, years, seed = 1, pin = '' }) {
  const name = `articles-${articles}-years-${years}-seed-${seed}${pin ? `-pin-${pin.replace(/[:,]/g, '_')}` : ''}`;
  const dir = path.join(RESULTS_DIR, 'corpus', name);
  const exportDir = path.join(dir, 'export');
  const apiDir = path.join(dir, 'api');
  const done = path.join(apiDir, ...files.archiveIndex().split('/'));
  if (!existsSync(done)) {
    log(`generating corpus: ${articles} articles over ${years} years (seed ${seed})`);
    await rm(dir, { recursive: true, force: true });
    const n = String(articles);
    await tsx(
      [MAKE_CORPUS, '--articles', n, '--years', String(years), '--seed', String(seed)].concat(
        ['--out', exportDir],
        pin ? ['--pin', pin] : [],
      ),
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

/**
 * App URLs whose content is the same in every corpus made with the same `--pin`: the pinned day
 * (`YYYY-MM-DD`), its newest article, and the pinned months.
 */
export async function pinnedPages(apiDir, { day, months }) {
  const file = await readJson(path.join(apiDir, ...files.archiveDay(day).split('/')));
  const article = file.items[0];
  if (!article) throw new Error(`the pinned day ${day} has no articles in ${apiDir}`);
  return {
    article: urls.article(article.id),
    day: urls.archiveDay(day),
    months: months.map((month) => urls.archiveMonth(month)),
  };
}

/** The browser fixture's newest article and day (from the archive index and day files). */
export async function newestPages(apiDir) {
  const { months } = await readJson(path.join(apiDir, ...files.archiveIndex().split('/')));
  const month = months.at(-1)?.month;
  const { days } = await readJson(path.join(apiDir, ...files.archiveMonth(month).split('/')));
  const day = days.at(-1).date;
  const file = await readJson(path.join(apiDir, ...files.archiveDay(day).split('/')));
  return { article: urls.article(file.items[0].id), day: urls.archiveDay(day) };
}
