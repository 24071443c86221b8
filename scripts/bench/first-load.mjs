// First-load JS per route (gzip -9): in the browser and from the build manifest, against a
// React-only page (the floor: createRoot + <p>), with what each page fetches later on purpose
// counted apart.

import { widget } from '../../src/shared/urls/widget-urls.ts';
import { manifestFirstLoad, readManifest } from '../size/first-load.mjs';
import { log, mdTable, REPO_ROOT } from './lib.mjs';
import { firstLoadJs } from './page-metrics.mjs';

const FLOOR_TARGET = 1.55;
const CALENDAR_SRC = 'src/features/archive/components/CalendarPopup.tsx';

/** The calendar popup's chunk file (the calendar timing waits for it too). */
export async function calendarChunk(distDir) {
  return (await readManifest(distDir))[CALENDAR_SRC]?.file ?? 'CalendarPopup';
}

/** @param {{ browser, at: Function, servers, distDir: string, floor, fixturePages }} bench */
export async function firstLoadBench({ browser, at, servers, distDir, floor, fixturePages }) {
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
    'embed-latest': widget('latest'),
  };
  const out = { floor: { ...floorJs, manifestGzip: floorManifest[0].gzip } };
  // Fetched after the page has drawn itself, on purpose: counted apart, not left out. Offline
  // support once the page's data is in; the calendar once idle (archive pages); home's date
  // box when its place nears the screen (at once at 1280 px, on scrolling on a phone).
  const offlineChunk = (await readManifest(distDir))['src/features/offline/start.tsx']?.file;
  const later = {
    calendar: await calendarChunk(distDir),
    // With the small chunk it shares with search (the Trusted Types script-URL policy).
    offline: [offlineChunk ?? 'offline/start', '/script-url-'],
  };
  // The same article as a published portal serves it: drawn by build:pages, taken over after
  // its first paint (its code and its route's, not the sanitiser: ArticleBody.tsx).
  // [server, URL, the manifest's route row it is counted against]
  const drawn = servers.prerendered
    ? { 'article-prerendered': [servers.prerendered, fixturePages.article, 'article'] }
    : {};
  const pages = {
    ...Object.fromEntries(
      Object.entries(sample).map(([name, url]) => [name, [servers.fixture, url, name]]),
    ),
    ...drawn,
  };
  for (const [name, [server, url, route]] of Object.entries(pages)) {
    // Home's archive links and their fetchers: asked for once idle (HomeRoute.tsx).
    const homeLater = {
      ...later,
      'date box': '/date-picker-',
      'archive links': '/ArchiveLinks-',
      // The archive's readers (scripts/vite/chunks.ts `archive-data`) come with them.
      'archive links data': ['/prefetch-newest-', '/archive-data-'],
    };
    const deferred = name === 'home' ? homeLater : later;
    const js = await firstLoadJs(browser, at(server, url), { deferred });
    const fromManifest = manifest.find((r) => r.name === route);
    out[name] = {
      url,
      ...js,
      manifestGzip: fromManifest?.gzip ?? null,
      manifestFiles: fromManifest?.files ?? null,
      ratioToFloor: js.gzip / floorJs.gzip,
    };
  }
  return out;
}

export function firstLoadReport(firstLoad) {
  const out = [];
  const floor = firstLoad.floor;
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
        ...Object.entries(firstLoad)
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
  const home = firstLoad.home;
  out.push(
    `\nTarget \`/\` ≤ ${FLOOR_TARGET}× floor (${Math.round(FLOOR_TARGET * floor.gzip)} B): ` +
      `${home.ratioToFloor <= FLOOR_TARGET ? 'met' : `**not met** (${home.ratioToFloor.toFixed(2)}×)`}.\n`,
  );
  return out.join('\n');
}
