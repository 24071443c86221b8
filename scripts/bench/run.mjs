// `npm run bench [-- --build] [--quick] [--runs 5]`: performance figures of the production build.
// Prints a Markdown report and writes bench-results/latest.json (gitignored).
// What each figure means and how it is taken: docs/performance.md. The republish figure
// (2 000 articles under a poller, through nginx) is scripts/bench/republish.mjs, runnable alone.
//
//   --build   run `vite build` first (also done when dist/ or its manifest is missing)
//   --quick   skip Lighthouse (the slowest part, ~5 min on 2 cores)
//   --runs N  repetitions of the calendar timing (default 5)

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixtureApi } from '../../test/browser/fixture-api.mjs';
import { launchBrowser, newPage } from '../../test/browser/harness.mjs';
import {
  hostileApi,
  MANY_CONTACTS,
  typeInContactsFilter,
} from '../../test/browser/hostile-api.mjs';
import { startServer } from '../../test/browser/server.mjs';
import { manifestFirstLoad, readManifest } from '../size/first-load.mjs';
import { ensureCorpus, newestPages, pinnedPages, timeFeeds, timeGenerator } from './corpus.mjs';
import {
  execFileAsync,
  fmtStats,
  log,
  mdTable,
  pct,
  REPO_ROOT,
  RESULTS_DIR,
  stats,
} from './lib.mjs';
import { LIGHTHOUSE, lighthouse } from './lighthouse.mjs';
import { apiTraffic, calendarOpen, firstLoadJs, layoutShift } from './page-metrics.mjs';
import { buildReactFloor } from './react-floor.mjs';
import { republishBench, republishReport } from './republish.mjs';
import { warmQueryTimes } from './search-browser.mjs';

const FLOOR_TARGET = 1.55;
const SCALE_GOAL_PCT = 5;
const MONTH_GOAL_RATIO = 1.5;
// Both corpora hold the same pinned articles: a day of 5, a month of 900 and one of 10. The
// pages measured there show the same content in both; the rest of the archive differs 100×.
const PINS = { day: '2015-06-15', months: ['2016-03', '2016-04'] };
const PIN = `${PINS.day}:5,${PINS.months[0]}:900,${PINS.months[1]}:10`;
const SMALL = { articles: 200, years: 19, pin: PIN };
const LARGE = { articles: 20000, years: 19, pin: PIN };
const VIEWPORTS = { phone: { width: 412, height: 823 }, desktop: { width: 1280, height: 800 } };

function parseArgs(argv) {
  const o = { build: false, quick: false, runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--build') o.build = true;
    else if (argv[i] === '--quick') o.quick = true;
    else if (argv[i] === '--runs') o.runs = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs needs a positive integer');
  return o;
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
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

  const floor = await buildReactFloor();
  const fixtureDir = await fixtureApi();
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
    servers.hostile = await startServer({ root: distDir, apiDir: await hostileApi() });
    const at = (server, p) => new URL(p.replace(/^\//, ''), server.url).href;

    // 1. First-load JS, in the browser and from the manifest.
    log('first-load JS');
    const manifest = await manifestFirstLoad(distDir, { repoRoot: REPO_ROOT });
    const floorManifest = await manifestFirstLoad(floor.distDir, {
      routes: [{ name: 'floor', url: '/', module: 'index.html' }],
    });
    const floorJs = await firstLoadJs(browser, at(servers.floor, '/'));
    const sample = {
      home: '/',
      article: fixturePages.article,
      'archive-day': fixturePages.day,
      'embed-latest': '/embed/latest',
    };
    results.firstLoad = { floor: { ...floorJs, manifestGzip: floorManifest[0].gzip } };
    const calendarSrc = 'src/features/archive/components/CalendarPopup.tsx';
    const calendarChunk = (await readManifest(distDir))[calendarSrc]?.file ?? 'CalendarPopup';
    // Fetched after the page has drawn itself, on purpose: counted apart, not left out. Offline
    // support once the page's data is in; the calendar once idle (archive pages); home's date
    // box when its place nears the screen (at once at 1280 px, on scrolling on a phone).
    const offlineChunk = (await readManifest(distDir))['src/features/offline/start.tsx']?.file;
    const later = { calendar: calendarChunk, offline: offlineChunk ?? 'offline/start' };
    for (const [name, url] of Object.entries(sample)) {
      const deferred = name === 'home' ? { ...later, 'date box': '/date-picker-' } : later;
      const js = await firstLoadJs(browser, at(servers.fixture, url), { deferred });
      const fromManifest = manifest.find((r) => r.name === name);
      results.firstLoad[name] = {
        url,
        ...js,
        manifestGzip: fromManifest?.gzip ?? null,
        manifestFiles: fromManifest?.files ?? null,
        ratioToFloor: js.gzip / floorJs.gzip,
      };
    }

    // 2. JSON per page, small vs large corpus: what the page reads to draw itself (as for a
    // Save-Data reader, so the calendar made ready once idle is counted apart), gzip as served.
    log('JSON per page, 200 vs 20 000 articles');
    results.scale = { small: SMALL, large: LARGE, pages: {} };
    for (const [name, url] of Object.entries({
      home: '/',
      article: scalePages.article,
      'archive-day': scalePages.day,
    })) {
      const a = await apiTraffic(browser, at(servers.small, url), { saveData: true });
      const b = await apiTraffic(browser, at(servers.large, url), { saveData: true });
      results.scale.pages[name] = {
        url,
        small: a,
        large: b,
        bytesDiffPct: (100 * (b.gzip - a.gzip)) / a.gzip,
      };
    }
    const idle = async (server) =>
      apiTraffic(browser, at(server, scalePages.day), { saveData: false });
    results.scale.dayWithCalendar = {
      small: await idle(servers.small),
      large: await idle(servers.large),
    };

    // 2b. A month page's first screen (phone), 900 articles in the month vs 10, large corpus.
    log('month page first screen, 900 vs 10 articles');
    const [bigMonth, smallMonth] = scalePages.months;
    const phone = { saveData: true, viewport: VIEWPORTS.phone };
    const big = await apiTraffic(browser, at(servers.large, bigMonth), phone);
    const little = await apiTraffic(browser, at(servers.large, smallMonth), phone);
    results.monthFirstScreen = {
      big: { url: bigMonth, ...big },
      small: { url: smallMonth, ...little },
      ratio: big.gzip / little.gzip,
    };

    // 3. Generator time on the large corpus.
    log('generator time, 20 000 articles ×3');
    results.generatorMs = await timeGenerator(large.exportDir, 3);
    log('build:feeds time, 20 000 articles ×3');
    results.feedsMs = await timeFeeds(large.apiDir, 3);

    // 4. Calendar open, 4× CPU throttling, on the large corpus: on an archive-day page as shipped
    // (the page loads the calendar once idle), and the first open on an article page (code and
    // data loaded on demand).
    log(`calendar open ×${options.runs}, archive day and article`);
    results.calendar = {};
    for (const [name, url, cold, hoverMs] of [
      ['archive-day', scalePages.day, false, 0],
      ['article-first-open', scalePages.article, true, 0],
      ['article-first-open-hover', scalePages.article, true, 300],
    ]) {
      const cal = [];
      for (let i = 0; i < options.runs; i++) {
        cal.push(
          await calendarOpen(browser, at(servers.large, url), {
            cpuRate: 4,
            chunk: calendarChunk,
            cold,
            hoverMs,
          }),
        );
      }
      results.calendar[name] = {
        url,
        cold,
        hoverMs,
        cpuThrottling: 4,
        ms: stats(cal.map((c) => c.ms)),
        headStartMs: stats(cal.map((c) => c.headStartMs)),
      };
    }

    // 5. CLS on / and an article (3 loads each), phone (Lighthouse's 412×823) and desktop.
    log('layout shift');
    results.cls = {};
    for (const [name, url] of Object.entries({ home: '/', article: fixturePages.article })) {
      for (const [label, viewport] of Object.entries(VIEWPORTS)) {
        const runs = [];
        for (let i = 0; i < 3; i++) {
          runs.push(await layoutShift(browser, at(servers.fixture, url), viewport));
        }
        results.cls[`${name} ${label}`] = {
          url,
          viewport,
          value: stats(runs.map((r) => r.value)),
          shifts: runs[0].shifts,
        };
      }
    }

    // 5b. Typing in the contacts filter with 10 000 contacts (test/browser/hostile-api.mjs):
    // the longest main-thread task from the first key until the one match shows.
    log('contacts filter, 10 000 contacts ×3');
    const typing = [];
    for (let i = 0; i < 3; i++) {
      const page = await newPage(browser, VIEWPORTS.phone);
      try {
        await page.goto(at(servers.hostile, '/contacts'));
        await page
          .getByRole('heading', { name: 'Cán bộ số 0', exact: true })
          .waitFor({ timeout: 30_000 });
        typing.push(await typeInContactsFilter(page, 'can bo so 9999', 'Cán bộ số 9999'));
      } finally {
        await page.context().close();
      }
    }
    results.contactsFilter = {
      contacts: MANY_CONTACTS,
      typed: 'can bo so 9999',
      longestTaskMs: stats(typing.map((x) => x.longest)),
    };

    // 6. Lighthouse.
    if (!options.quick) {
      log(`${LIGHTHOUSE}, mobile, 5 runs per page`);
      results.lighthouse = {};
      for (const [name, url] of [
        ['home', at(servers.fixture, '/')],
        ['article', at(servers.fixture, fixturePages.article)],
        ['archive-day', at(servers.fixture, fixturePages.day)],
        ['react-floor', at(servers.floor, '/')],
      ]) {
        try {
          results.lighthouse[name] = {
            url: new URL(url).pathname,
            ...(await lighthouse(url, name)),
          };
        } catch (error) {
          results.lighthouse[name] = { error: String(error.message).slice(0, 500) };
          log(`lighthouse ${name} failed: ${error.message}`);
        }
      }
    }

    // 7. Search (issue 10): index build time, peak memory and size; bytes per query, cold/warm.
    log('search index build and bytes per query, 200 and 20 000 articles');
    results.search = {};
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
      results.search[label] = JSON.parse(lines.pop() ?? '{}');
      results.search[label].report = lines
        .join('\n')
        .replace(/### Search: .*/, `### Search, ${label} articles`);
    }
    log('search: results on screen after a second query, 4× CPU, 20 000 articles');
    const warm = await warmQueryTimes(browser, servers.large.url, { runs: options.runs });
    results.search.warmMs = {
      report: [
        '\nSearch, 20 000 articles: results on screen after a second query (typed, then Tìm), 4× CPU, ms\n',
        ...Object.entries(warm).map(([name, s]) => `- ${name}: ${fmtStats(s)}`),
      ].join('\n'),
      ...warm,
    };
  } finally {
    await browser.close().catch(() => {});
    for (const server of Object.values(servers)) await server.close();
  }

  // 8. Republish under a poller (issue 21): its own nginx and corpus, see republish.mjs.
  log('republish of 2 000 articles under a poller, through nginx');
  results.republish = await republishBench({ articles: 2000, distDir });

  await writeFile(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
  log(`written ${path.relative(REPO_ROOT, path.join(RESULTS_DIR, 'latest.json'))}`);
}

function report(r) {
  const out = [];
  out.push(`# Bench ${r.date} (commit ${r.commit}${r.dirty ? ', dirty' : ''})`);
  out.push(`Node ${r.node}, ${r.chromium ? `Chromium ${r.chromium}` : ''}, ${r.cpus} CPU(s)\n`);

  const floor = r.firstLoad.floor;
  out.push('## First-load JS (gzip -9, bytes)\n');
  out.push(
    mdTable(
      [
        'route',
        'URL',
        '>browser',
        '>manifest',
        '>JS files',
        '>× React floor',
        '>+ fetched once idle',
      ],
      [
        ...Object.entries(r.firstLoad)
          .filter(([name]) => name !== 'floor')
          .map(([name, x]) => [
            name,
            x.url,
            x.gzip,
            x.manifestGzip ?? '–',
            x.files.length,
            `${x.ratioToFloor.toFixed(2)}×`,
            x.deferredGzip ? `${x.deferredGzip} (${x.deferredWhat.join(', ')})` : '–',
          ]),
        [
          'React floor',
          '(createRoot + <p>)',
          floor.gzip,
          floor.manifestGzip,
          floor.files.length,
          '1.00×',
          '–',
        ],
      ],
    ),
  );
  const home = r.firstLoad.home;
  out.push(
    `\nTarget \`/\` ≤ ${FLOOR_TARGET}× floor (${Math.round(FLOOR_TARGET * floor.gzip)} B): ` +
      `${home.ratioToFloor <= FLOOR_TARGET ? 'met' : `**not met** (${home.ratioToFloor.toFixed(2)}×)`}.\n`,
  );

  out.push(
    `## JSON per page (gzip -9 bytes, as a Save-Data reader: what the page draws): ${r.scale.small.articles} vs ${r.scale.large.articles} articles, same pinned day and article in both\n`,
  );
  out.push(
    mdTable(
      [
        'page',
        'URL',
        '>requests (small)',
        '>gzip (small)',
        '>requests (large)',
        '>gzip (large)',
        '>diff',
        `goal ≤ ${SCALE_GOAL_PCT} %`,
      ],
      Object.entries(r.scale.pages).map(([name, p]) => [
        name,
        p.url,
        p.small.requests,
        p.small.gzip,
        p.large.requests,
        p.large.gzip,
        pct(p.small.gzip, p.large.gzip),
        Math.abs(p.bytesDiffPct) <= SCALE_GOAL_PCT && p.small.requests === p.large.requests
          ? 'met'
          : '**not met**',
      ]),
    ),
  );
  const cal = r.scale.dayWithCalendar;
  out.push(
    `\nThe same archive day with the calendar made ready once idle (index + month): ` +
      `${cal.small.requests} requests, ${cal.small.gzip} B (small) vs ${cal.large.requests}, ` +
      `${cal.large.gzip} B (large), ${pct(cal.small.gzip, cal.large.gzip)}: the index grows with ` +
      'the months that have articles, not with the articles.\n',
  );
  const m = r.monthFirstScreen;
  out.push(`## A month page's first screen (412×823, gzip -9 bytes)\n`);
  out.push(
    mdTable(
      ['month', 'URL', '>requests', '>gzip', 'files'],
      [
        [
          '900 articles',
          m.big.url,
          m.big.requests,
          m.big.gzip,
          m.big.files.map((f) => f.split('/api/')[1]).join(', '),
        ],
        [
          '10 articles',
          m.small.url,
          m.small.requests,
          m.small.gzip,
          m.small.files.map((f) => f.split('/api/')[1]).join(', '),
        ],
      ],
    ),
  );
  out.push(
    `\nRatio ${m.ratio.toFixed(2)}× (goal ≤ ${MONTH_GOAL_RATIO}×): ${m.ratio <= MONTH_GOAL_RATIO ? 'met' : '**not met**'}.\n`,
  );

  out.push('\n## Timings: median (min–max)\n');
  const rows = [
    [
      `generator, ${r.scale.large.articles} articles (3 runs)`,
      fmtStats(
        {
          min: r.generatorMs.min / 1000,
          median: r.generatorMs.median / 1000,
          max: r.generatorMs.max / 1000,
        },
        2,
        ' s',
      ),
    ],
    [
      `build:feeds, ${r.scale.large.articles} articles → ${r.feedsMs.feeds} feeds (3 runs)`,
      fmtStats(
        { min: r.feedsMs.min / 1000, median: r.feedsMs.median / 1000, max: r.feedsMs.max / 1000 },
        2,
        ' s',
      ),
    ],
    ...Object.values(r.calendar).flatMap((c) => [
      [
        `"Mở lịch" click → calendar grid visible, ${c.cpuThrottling}× CPU, ${c.url}, ${c.cold ? `cold: code and data load on demand${c.hoverMs ? `, pointer resting ${c.hoverMs} ms on the button first` : ''}` : 'as shipped: code loaded once the page was idle'} (${c.ms.runs.length} runs)`,
        fmtStats(c.ms, 0, ' ms'),
      ],
      ['  (pointer entered the button earlier by)', fmtStats(c.headStartMs, 0, ' ms')],
    ]),
  ];
  out.push(mdTable(['what', '>value'], rows));

  out.push('\n## Cumulative layout shift during load (3 loads)\n');
  out.push(
    mdTable(
      ['page', 'URL', 'viewport', '>CLS median (min–max)', 'what moved (first load)'],
      Object.entries(r.cls).map(([name, c]) => [
        name,
        c.url,
        `${c.viewport.width}×${c.viewport.height}`,
        fmtStats(c.value, 3),
        c.shifts.map((s) => `${s.value}: ${[...new Set(s.moved)].join(', ')}`).join('; '),
      ]),
    ),
  );

  if (r.contactsFilter) {
    const f = r.contactsFilter;
    out.push(
      `\n## Contacts filter, ${f.contacts} contacts: longest task while typing "${f.typed}"` +
        ` (3 runs): ${fmtStats(f.longestTaskMs)} ms (goal ≤ 200)\n`,
    );
  }

  if (r.lighthouse) {
    out.push(`\n## Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, performance (5 runs)\n`);
    out.push(
      mdTable(
        ['page', '>score', '>FCP ms', '>LCP ms', '>TBT ms', '>CLS'],
        Object.entries(r.lighthouse).map(([name, l]) =>
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
    );
  } else out.push('\nLighthouse skipped (--quick).');
  for (const search of Object.values(r.search ?? {})) out.push(`\n${search.report}`);
  out.push(republishReport(r.republish));
  return out.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
