// `npm run bench [-- --build] [--quick] [--runs 5]`: performance figures of the production build.
// Prints a Markdown report and writes bench-results/latest.json (gitignored).
// What each figure means and how it is taken: docs/performance.md.
//
//   --build   run `vite build` first (also done when dist/ or its manifest is missing)
//   --quick   skip Lighthouse (the slowest part, ~5 min on 2 cores)
//   --runs N  repetitions of the calendar timing (default 5)
//   --only pages  take only the prerendered pages' figures (build:pages at 20 000 articles,
//             raw HTML, Lighthouse prerendered ÷ client-rendered)
//   --only lcp    the same without build:pages at 20 000 articles (raw HTML, Lighthouse)
//   --only first-load  take only the first-load JS per route against the React floor
//
// This file sets the stage (build, corpora, servers, one Chromium) and takes the figures in
// order, one module each: first-load.mjs, json-traffic.mjs, corpus.mjs (generator and feeds
// times), calendar.mjs, layout-shift.mjs, contacts-filter.mjs, lighthouse.mjs,
// search-figures.mjs, pages.mjs; then writes the report from their sections.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../../deploy/serve.mjs';
import { fixtureApi } from '../../test/browser/fixture-api.mjs';
import { launchBrowser } from '../../test/browser/harness.mjs';
import { calendarBench, calendarRows } from './calendar.mjs';
import {
  contactsFilterApi,
  contactsFilterBench,
  contactsFilterReport,
} from './contacts-filter.mjs';
import { ensureCorpus, newestPages, pinnedPages, timeFeeds, timeGenerator } from './corpus.mjs';
import { calendarChunk, firstLoadBench, firstLoadReport } from './first-load.mjs';
import { jsonTrafficBench, jsonTrafficReport } from './json-traffic.mjs';
import { layoutShiftBench, layoutShiftReport } from './layout-shift.mjs';
import { fmtStats, log, mdTable, REPO_ROOT, RESULTS_DIR } from './lib.mjs';
import { lighthouseBench, lighthouseReport } from './lighthouse.mjs';
import { drawPages, pagesBench, pagesReport } from './pages.mjs';
import { buildReactFloor } from './react-floor.mjs';
import { republishBench, republishReport } from './republish.mjs';
import { searchBench, searchReport } from './search-figures.mjs';

// Both corpora hold the same pinned articles: a day of 5, a month of 900 and one of 10. The
// pages measured there show the same content in both; the rest of the archive differs 100×.
const PINS = { day: '2015-06-15', months: ['2016-03', '2016-04'] };
const PIN = `${PINS.day}:5,${PINS.months[0]}:900,${PINS.months[1]}:10`;
const SMALL = { articles: 200, years: 19, pin: PIN };
const LARGE = { articles: 20000, years: 19, pin: PIN };
const VIEWPORTS = { phone: { width: 412, height: 823 }, desktop: { width: 1280, height: 800 } };

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      build: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
    },
  });
  if (values.only !== undefined && !['pages', 'lcp', 'first-load'].includes(values.only)) {
    throw new Error('--only takes: pages, lcp, first-load');
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
  return { build: values.build, quick: values.quick, runs, only: values.only };
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const distDir = path.join(REPO_ROOT, 'dist');
  if (options.build || !existsSync(path.join(distDir, '.vite', 'manifest.json'))) {
    log('vite build');
    execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'), ['build'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  await mkdir(RESULTS_DIR, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: Boolean(git(['status', '--porcelain'])),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
  };

  const fixtureDir = await fixtureApi();
  if (options.only === 'pages' || options.only === 'lcp') {
    const large = options.only === 'pages' ? await ensureCorpus(LARGE) : undefined;
    const { article } = await newestPages(fixtureDir);
    results.pages = await pagesBench({ large, fixtureDir, article, startServer, quick: false });
    await writeFile(
      path.join(RESULTS_DIR, `${options.only}.json`),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    console.log(pagesReport(results.pages));
    return;
  }
  const floor = await buildReactFloor();
  // The fixture drawn by build:pages: the page a reader of a published portal first gets.
  const prerenderedServer = async (apiDir) =>
    startServer({ root: (await drawPages(apiDir, 'first-load-prerendered')).dist, apiDir });
  if (options.only === 'first-load') {
    const browser = await launchBrowser();
    const servers = {
      fixture: await startServer({ root: distDir, apiDir: fixtureDir }),
      floor: await startServer({ root: floor.distDir }),
      prerendered: await prerenderedServer(fixtureDir),
    };
    try {
      const at = (server, p) => new URL(p.replace(/^\//, ''), server.url).href;
      const fixturePages = await newestPages(fixtureDir);
      const bench = { browser, at, servers, distDir, floor, fixturePages };
      results.firstLoad = await firstLoadBench(bench);
      await writeFile(
        path.join(RESULTS_DIR, 'first-load.json'),
        `${JSON.stringify(results, null, 2)}\n`,
      );
      console.log(firstLoadReport(results.firstLoad));
    } finally {
      await browser.close().catch(() => {});
      for (const server of Object.values(servers)) await server.close();
    }
    return;
  }
  const small = await ensureCorpus(SMALL);
  const large = await ensureCorpus(LARGE);
  const fixturePages = await newestPages(fixtureDir);
  const scalePages = await pinnedPages(large.apiDir, PINS);

  const servers = {};
  const browser = await launchBrowser();
  results.chromium = browser.version();
  try {
    servers.fixture = await startServer({ root: distDir, apiDir: fixtureDir });
    servers.small = await startServer({ root: distDir, apiDir: small.apiDir });
    servers.large = await startServer({ root: distDir, apiDir: large.apiDir });
    servers.floor = await startServer({ root: floor.distDir });
    servers.prerendered = await prerenderedServer(fixtureDir);
    servers.hostile = await startServer({ root: distDir, apiDir: await contactsFilterApi() });
    const at = (server, p) => new URL(p.replace(/^\//, ''), server.url).href;
    const bench = { browser, at, servers, distDir, floor, fixturePages, scalePages };
    const viewports = VIEWPORTS;

    results.firstLoad = await firstLoadBench(bench);
    const corpora = { small: SMALL, large: LARGE };
    const traffic = await jsonTrafficBench({ ...bench, corpora, viewports });
    results.scale = traffic.scale;
    results.monthFirstScreen = traffic.monthFirstScreen;
    log('generator time, 20 000 articles ×3');
    results.generatorMs = await timeGenerator(large.exportDir, 3);
    log('build:feeds time, 20 000 articles ×3');
    results.feedsMs = await timeFeeds(large.apiDir, 3);
    const chunk = await calendarChunk(distDir);
    results.calendar = await calendarBench({ ...bench, chunk, runs: options.runs });
    results.cls = await layoutShiftBench({ ...bench, viewports });
    results.contactsFilter = await contactsFilterBench({ ...bench, viewports });
    if (!options.quick) results.lighthouse = await lighthouseBench(bench);
    results.search = await searchBench({ ...bench, small, large, runs: options.runs });
    results.pages = await pagesBench({
      large,
      fixtureDir,
      article: fixturePages.article,
      startServer,
      quick: options.quick,
    });
  } finally {
    await browser.close().catch(() => {});
    for (const server of Object.values(servers)) await server.close();
  }

  // Republish under a poller (issue 21): its own nginx and corpus, see republish.mjs.
  log('republish of 2 000 articles under a poller, through nginx');
  results.republish = await republishBench({ articles: 2000, distDir });

  await writeFile(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
  log(`written ${path.relative(REPO_ROOT, path.join(RESULTS_DIR, 'latest.json'))}`);
}

const seconds = ({ min, median, max }) => ({
  min: min / 1000,
  median: median / 1000,
  max: max / 1000,
});

/** The Markdown report: each figure's own section, in the order they were taken. */
export function report(r) {
  const timings = [
    [
      `generator, ${r.scale.large.articles} articles (3 runs)`,
      fmtStats(seconds(r.generatorMs), 2, ' s'),
    ],
    [
      `build:feeds, ${r.scale.large.articles} articles → ${r.feedsMs.feeds} feeds (3 runs)`,
      fmtStats(seconds(r.feedsMs), 2, ' s'),
    ],
    ...calendarRows(r.calendar),
  ];
  return [
    `# Bench ${r.date} (commit ${r.commit}${r.dirty ? ', dirty' : ''})`,
    `Node ${r.node}, ${r.chromium ? `Chromium ${r.chromium}` : ''}, ${r.cpus} CPU(s)\n`,
    firstLoadReport(r.firstLoad),
    jsonTrafficReport(r.scale, r.monthFirstScreen),
    '\n## Timings: median (min–max)\n',
    mdTable(['what', '>value'], timings),
    layoutShiftReport(r.cls),
    ...(r.contactsFilter ? [contactsFilterReport(r.contactsFilter)] : []),
    lighthouseReport(r.lighthouse),
    ...searchReport(r.search),
    ...(r.pages ? [pagesReport(r.pages)] : []),
    ...(r.republish ? [republishReport(r.republish)] : []),
  ].join('\n');
}

// Run as a script (`npm run bench`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
