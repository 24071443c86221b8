/**
 * Every URL the app answers, in one declarative table: which page module draws it, which
 * contract files its first screen reads, whether it is a widget, its first-load budget, and
 * whether `build:pages` draws it as a static page. Everything else is derived from it:
 * - the router table (`routes.tsx`);
 * - index.html's preload table (`scripts/vite/preload-data.ts`, at build time);
 * - the service worker's navigation rules (`sw/routes.ts`);
 * - the size check and the bench (`scripts/size/first-load.mjs`);
 * - the page generator (`scripts/pages/`).
 * Adding a route is one entry here plus its module `src/app/routes/{module}.tsx`, which exports
 * a component of the same name (and optionally `prefetch`). `route-manifest.test.ts` fails on
 * a page module the table lacks.
 *
 * Plain data: no React, no imports beyond the contract's patterns, so Node scripts, the
 * service worker and the build read it too.
 */
import { PAGE_PARAM_PATTERN, SLUG_PATTERN } from '../shared/contract/url-patterns.ts';

/** What a URL parameter must look like for the page to exist (else the page says not found). */
export const PARAM_PATTERNS = {
  slug: SLUG_PATTERN,
  page: PAGE_PARAM_PATTERN,
  // Shape only: the page itself refuses 2007-02-30; a wrong guess costs one wasted preload.
  day: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(?:0[1-9]|1[0-2])$/,
} as const;
export type ParamKind = keyof typeof PARAM_PATTERNS;

export type LayoutId = 'portal' | 'widget';

export interface LayoutEntry {
  /** URL prefix under the app's base, without slashes ('' for the portal). */
  prefix: string;
  /** Module under `src/app/`; `lazy` ones are their own chunk, the portal's is in the entry. */
  module: string;
  lazy: boolean;
  /** Contract files every page of this layout reads. */
  data: readonly string[];
}

export const LAYOUTS: Record<LayoutId, LayoutEntry> = {
  portal: {
    prefix: '',
    module: 'RootLayout',
    lazy: false,
    data: ['site.json', 'categories.json', 'contacts.json'],
  },
  // Widgets live in a ward's iframe: chromeless, and never answered by the service worker.
  widget: { prefix: 'embed', module: 'EmbedLayout', lazy: true, data: ['site.json'] },
};

export interface RouteEntry {
  id: string;
  layout: LayoutId;
  /** React Router path below the layout's prefix: '' is the index, '*' the catch-all. */
  path: string;
  /** Page module: `src/app/routes/{module}.tsx`, exporting `{module}`. */
  module: string;
  /** Shape of each `:param` for the page to exist; a param not named here is any segment. */
  params?: Readonly<Record<string, ParamKind>>;
  /** Contract files the first screen reads beyond the layout's, `{param}` filled from the URL. */
  data?: readonly string[];
  /**
   * A URL of this route (no base path): the size check and the bench load it, and a unit test
   * checks that the router and the preload table both give it to this route.
   */
  sample: string;
  /** First-load JS budget in gzip bytes (entry + route chunks), checked by `npm run check:size`. */
  budget?: number;
  /** Drawn as a static page by `build:pages` (§6): one file per URL the data has. */
  prerender?: boolean;
}

/**
 * Order matters where two entries share a path (archive day before month): the first whose
 * params match names the data. The router itself ranks paths as React Router does.
 */
export const ROUTES: readonly RouteEntry[] = [
  {
    id: 'home',
    layout: 'portal',
    path: '',
    module: 'HomeRoute',
    sample: '/',
    // Held to #27's target, 1.55 × the React floor (67 689 B) = 104 918 B; 104 683 B measured
    // once each contract document's schema moved beside its reader (a schema no longer rides on
    // every page) and the archive's date helpers left the files every page loads. Hydration (#18)
    // fits only because the page's state is revived without query-core's `hydrate`; #27's
    // archive links come once idle (a lazy boundary), #29's folded phone menu is CSS.
    budget: 104918,
    prerender: true,
  },
  {
    id: 'category',
    layout: 'portal',
    path: 'categories/:slug',
    module: 'CategoryRoute',
    params: { slug: 'slug' },
    data: ['categories/{slug}/1.json'],
    sample: '/categories/x',
    budget: 111552,
    prerender: true,
  },
  {
    id: 'category-page',
    layout: 'portal',
    path: 'categories/:slug/page/:page',
    module: 'CategoryRoute',
    params: { slug: 'slug', page: 'page' },
    data: ['categories/{slug}/{page}.json'],
    sample: '/categories/x/page/2',
    prerender: true,
  },
  {
    id: 'article',
    layout: 'portal',
    path: 'articles/:id',
    module: 'ArticleRoute',
    params: { id: 'slug' },
    data: ['articles/{id}.json'],
    sample: '/articles/x',
    // 110 522 B measured: the sanitiser (~13 kB) comes only for a body cleaned in the browser;
    // a prerendered article is taken over with the body it was drawn with (ArticleBody.tsx).
    budget: 111552,
    prerender: true,
  },
  {
    id: 'archive-day',
    layout: 'portal',
    path: 'archive/:date',
    module: 'ArchiveRoute',
    params: { date: 'day' },
    data: ['archive/{date}.json'],
    sample: '/archive/2007-12-10',
    budget: 111744,
    prerender: true,
  },
  {
    id: 'archive-month',
    layout: 'portal',
    path: 'archive/:date',
    module: 'ArchiveRoute',
    params: { date: 'month' },
    data: ['archive/index.json', 'archive/{date}.json'],
    sample: '/archive/2007-12',
    prerender: true,
  },
  {
    id: 'contacts',
    layout: 'portal',
    path: 'contacts',
    module: 'ContactsRoute',
    sample: '/contacts',
    budget: 107648,
    prerender: true,
  },
  {
    id: 'feeds',
    layout: 'portal',
    path: 'feeds',
    module: 'FeedsRoute',
    sample: '/feeds',
    prerender: true,
  },
  { id: 'search', layout: 'portal', path: 'search', module: 'SearchRoute', sample: '/search' },
  // The builder is a page of the portal for ward webmasters: normal header and footer.
  {
    id: 'embed-builder',
    layout: 'portal',
    path: 'embed',
    module: 'EmbedBuilderRoute',
    sample: '/embed',
  },
  { id: 'not-found', layout: 'portal', path: '*', module: 'NotFoundRoute', sample: '/khong-co/gi' },
  {
    id: 'widget-latest',
    layout: 'widget',
    path: 'latest',
    module: 'EmbedLatestRoute',
    data: ['categories.json'],
    sample: '/embed/latest',
    budget: 110080,
  },
  {
    id: 'widget-contacts',
    layout: 'widget',
    path: 'contacts',
    module: 'EmbedContactsRoute',
    data: ['contacts.json'],
    sample: '/embed/contacts',
  },
  {
    id: 'widget-calendar',
    layout: 'widget',
    path: 'calendar',
    module: 'EmbedCalendarRoute',
    sample: '/embed/calendar',
  },
  {
    id: 'widget-not-found',
    layout: 'widget',
    path: '*',
    module: 'EmbedNotFoundRoute',
    sample: '/embed/khac',
  },
];

/** `/articles/:id` filled in: `{ id: 'x' }` → `/articles/x` (the layout's prefix included). */
export function routeUrl(route: RouteEntry, params: Readonly<Record<string, string>> = {}) {
  const prefix = LAYOUTS[route.layout].prefix;
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.id}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  return `/${[prefix, path].filter(Boolean).join('/')}`;
}
