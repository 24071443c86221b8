/**
 * The shape of the route manifest (`route-manifest.ts`): what an entry says, the layouts and
 * the kinds of URL parameter. Plain data and types, for the same readers as the table.
 */
import { PAGE_PARAM_PATTERN, SLUG_PATTERN } from '../shared/contract/url-patterns.ts';
import * as urls from '../shared/urls/app-urls.ts';
import * as files from '../shared/urls/data-files.ts';

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
    data: [files.site(), files.categories(), files.contacts()],
  },
  // Widgets live in a ward's iframe: chromeless, and never answered by the service worker.
  widget: { prefix: urls.WIDGET_PREFIX, module: 'EmbedLayout', lazy: true, data: [files.site()] },
};

/**
 * What the data folder holds, as `build:pages` lists it (`scripts/pages/enumerate.ts` reads
 * the files, names the broken ones and leaves them out): the input of each route's `pages`.
 */
export interface SiteData {
  /** Every category page with a readable file, page numbers from 1. */
  categoryPages(): Promise<readonly { slug: string; page: number }[]>;
  articleIds(): Promise<readonly string[]>;
  /** Months of the archive index with articles (`yyyy-MM`). */
  archiveMonths(): Promise<readonly string[]>;
  /** Days with articles and a readable day file (`yyyy-MM-dd`). */
  archiveDays(): Promise<readonly string[]>;
}

/**
 * A URL from the URL builders (`shared/urls`), called with `:param` for each value, as the
 * router's path below `layout`'s prefix: `/embed/latest` → `latest`, `/` → `` (the index).
 */
export function below(layout: LayoutId, url: string): string {
  const prefix = LAYOUTS[layout].prefix;
  const start = prefix ? `/${prefix}/` : '/';
  if (!url.startsWith(start)) throw new Error(`${url} is not under the ${layout} layout`);
  return url.slice(start.length);
}

export interface RouteEntry {
  id: string;
  layout: LayoutId;
  /** React Router path below the layout's prefix: '' is the index, '*' the catch-all. */
  path: string;
  /** Page module: `src/app/routes/{module}.tsx`, exporting `{module}`. */
  module: string;
  /** Shape of each `:param` for the page to exist; a param not named here is any segment. */
  params?: Readonly<Record<string, ParamKind>>;
  /**
   * Contract files the first screen reads beyond the layout's (from `shared/urls`, called with
   * `{param}`, which index.html's preload script fills from the URL).
   */
  data?: readonly string[];
  /**
   * Contract files its pages read that many pages read, named by their data rather than their
   * URL (`{param}` a value in it): the page generator keeps these in memory, and not the files
   * `data` names (one page each).
   */
  alsoReads?: readonly string[];
  /**
   * A URL of this route (no base path): the size check and the bench load it, and a unit test
   * checks that the router and the preload table both give it to this route.
   */
  sample: string;
  /** First-load JS budget in gzip bytes (entry + route chunks), checked by `npm run check:size`. */
  budget?: number;
  /**
   * Modules (from the repository root) the page loads itself when the browser draws it, and a
   * prerendered page of it does not need (it was drawn with them): preloaded with the shell's
   * HTML, never with a prerendered page's (the article's sanitiser: ArticleBody.tsx).
   */
  drawnWith?: readonly string[];
  /**
   * Drawn as static pages by `build:pages` (§6): the URL of every page of this route the data
   * has. A route without it is drawn in the browser only.
   */
  pages?: (data: SiteData) => Promise<readonly string[]>;
}
