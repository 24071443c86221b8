/**
 * Every URL the app answers, in one declarative table: which page module draws it, which
 * contract files its first screen reads, whether it is a widget, its first-load budget, and
 * which pages `build:pages` draws for the data. Everything else is derived from it:
 * - the router table (`routes.tsx`, through `scripts/vite/route-modules.ts`);
 * - index.html's preload table (`scripts/vite/preload-data.ts`, at build time);
 * - the service worker's navigation rules (`sw/routes.ts`);
 * - the size check and the bench (`scripts/size/first-load.mjs`);
 * - the page generator (`scripts/pages/`: which pages exist, which files it keeps in memory),
 *   the sitemap and the servers' shell-or-404 rules (`deploy/routes.ts`).
 * A page type is its entry here (its address from `shared/urls`, its files, its `pages`) and
 * its module `src/app/routes/{module}.tsx`, which exports a component of the same name (and
 * optionally `prefetch`). `route-manifest.test.ts` fails on a page module the table lacks, and
 * `derived-tables.test.ts` checks that a new entry reaches every derived table.
 *
 * Plain data: no React, no imports beyond the URL builders and the contract's patterns, so
 * Node scripts, the service worker and the build read it too.
 */
import * as urls from '../shared/urls/app-urls.ts';
import * as files from '../shared/urls/data-files.ts';
import { widget } from '../shared/urls/widget-urls.ts';
import { below, type RouteEntry } from './route-kinds.ts';

export * from './route-kinds.ts';

/**
 * Order matters where two entries share a path (archive day before month): the first whose
 * params match names the data. The router itself ranks paths as React Router does.
 */
export const ROUTES: readonly RouteEntry[] = [
  {
    id: 'home',
    layout: 'portal',
    path: below('portal', urls.home()),
    module: 'HomeRoute',
    sample: urls.home(),
    // Held to #27's target, 1.55 × the React floor (67 689 B) = 104 918 B; 104 683 B measured
    // once each contract document's schema moved beside its reader (a schema no longer rides on
    // every page) and the archive's date helpers left the files every page loads. Hydration (#18)
    // fits only because the page's state is revived without query-core's `hydrate`; #27's
    // archive links come once idle (a lazy boundary), #29's folded phone menu is CSS.
    budget: 104918,
    pages: async () => [urls.home()],
  },
  {
    id: 'category',
    layout: 'portal',
    path: below('portal', urls.category(':slug')),
    module: 'CategoryRoute',
    params: { slug: 'slug' },
    data: [files.categoryPage('{slug}', 1)],
    sample: urls.category('x'),
    budget: 111552,
    pages: async (data) =>
      (await data.categoryPages()).filter((p) => p.page === 1).map((p) => urls.category(p.slug)),
  },
  {
    id: 'category-page',
    layout: 'portal',
    path: below('portal', urls.category(':slug', ':page')),
    module: 'CategoryRoute',
    params: { slug: 'slug', page: 'page' },
    data: [files.categoryPage('{slug}', '{page}')],
    sample: urls.category('x', 2),
    pages: async (data) =>
      (await data.categoryPages())
        .filter((p) => p.page > 1)
        .map((p) => urls.category(p.slug, p.page)),
  },
  {
    id: 'article',
    layout: 'portal',
    path: below('portal', urls.article(':id')),
    module: 'ArticleRoute',
    params: { id: 'slug' },
    data: [files.article('{id}')],
    // "Các tin đã đưa": the first page of the article's category, when it names no related ones.
    alsoReads: [files.categoryPage('{category}', 1)],
    sample: urls.article('x'),
    // 110 522 B measured: the sanitiser (~13 kB) comes only for a body cleaned in the browser;
    // a prerendered article is taken over with the body it was drawn with (ArticleBody.tsx).
    budget: 111552,
    drawnWith: ['src/shared/html/sanitize.ts'],
    pages: async (data) => (await data.articleIds()).map((id) => urls.article(id)),
  },
  {
    id: 'archive-day',
    layout: 'portal',
    path: below('portal', urls.archiveDay(':date')),
    module: 'ArchiveRoute',
    params: { date: 'day' },
    data: [files.archiveDay('{date}')],
    sample: urls.archiveDay('2007-12-10'),
    budget: 111744,
    pages: async (data) => (await data.archiveDays()).map((day) => urls.archiveDay(day)),
  },
  {
    id: 'archive-month',
    layout: 'portal',
    path: below('portal', urls.archiveMonth(':date')),
    module: 'ArchiveRoute',
    params: { date: 'month' },
    data: [files.archiveIndex(), files.archiveMonth('{date}')],
    sample: urls.archiveMonth('2007-12'),
    pages: async (data) => (await data.archiveMonths()).map((month) => urls.archiveMonth(month)),
  },
  {
    id: 'contacts',
    layout: 'portal',
    path: below('portal', urls.contacts()),
    module: 'ContactsRoute',
    sample: urls.contacts(),
    budget: 107648,
    pages: async () => [urls.contacts()],
  },
  {
    id: 'feeds',
    layout: 'portal',
    path: below('portal', urls.feeds()),
    module: 'FeedsRoute',
    sample: urls.feeds(),
    pages: async () => [urls.feeds()],
  },
  {
    id: 'search',
    layout: 'portal',
    path: below('portal', urls.search()),
    module: 'SearchRoute',
    sample: urls.search(),
  },
  // The builder is a page of the portal for ward webmasters: normal header and footer.
  {
    id: 'embed-builder',
    layout: 'portal',
    path: below('portal', urls.embedBuilder()),
    module: 'EmbedBuilderRoute',
    sample: urls.embedBuilder(),
  },
  { id: 'not-found', layout: 'portal', path: '*', module: 'NotFoundRoute', sample: '/khong-co/gi' },
  {
    id: 'widget-latest',
    layout: 'widget',
    path: below('widget', widget('latest')),
    module: 'EmbedLatestRoute',
    data: [files.categories()],
    sample: widget('latest'),
    budget: 110080,
  },
  {
    id: 'widget-contacts',
    layout: 'widget',
    path: below('widget', widget('contacts')),
    module: 'EmbedContactsRoute',
    data: [files.contacts()],
    sample: widget('contacts'),
  },
  {
    id: 'widget-calendar',
    layout: 'widget',
    path: below('widget', widget('calendar')),
    module: 'EmbedCalendarRoute',
    sample: widget('calendar'),
  },
  {
    id: 'widget-not-found',
    layout: 'widget',
    path: '*',
    module: 'EmbedNotFoundRoute',
    sample: widget('khac'),
  },
];
