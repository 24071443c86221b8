/**
 * Every address of the app, as a path below its base (`/articles/x`): the one place a link,
 * the route manifest (its router patterns, with `:param` for a value), the page generator and
 * the sitemap take an app URL from. React Router's `<Link>` and `navigate` add the base
 * themselves; anywhere else a link is made, the base is added once (`withBase`, in
 * `with-base.ts`). The widgets' addresses are in `widget-urls.ts`.
 *
 * Plain functions, each a few bytes: the layout imports this module, so every builder the app
 * calls anywhere rides in the entry chunk that every page loads (measured: ~230 B gzip for
 * the whole folder). A builder only lazily loaded pages need belongs in a file of its own, as
 * `widget-urls.ts`. Import the module as a namespace (`import * as urls from …`).
 */

/**
 * The widgets' folder below the base: `/embed/latest` (`widget-urls.ts`, apart so that the
 * widgets' builder stays out of the bundle every page loads); the builder page is `/embed`.
 */
export const WIDGET_PREFIX = 'embed';

export const home = () => '/';
export const article = (id: string) => `/articles/${id}`;
/** A category's first page is the category's own address; the others `…/page/{n}`. */
export const category = (slug: string, page: number | string = 1) =>
  `/categories/${slug}${`${page}` === '1' ? '' : `/page/${page}`}`;
/** A site-local day (`yyyy-MM-dd`) or month (`yyyy-MM`): both live at `/archive/{key}`. */
export const archive = (key: string) => `/archive/${key}`;
// Names for readers; the app calls `archive` alone, so that its bundle has one function.
export const archiveDay = archive;
export const archiveMonth = archive;
export const contacts = () => '/contacts';
export const feeds = () => '/feeds';
/** The search page, with its query string (CONTRACT.md §2) when there is one. */
export const search = (query?: string) => (query ? `/search?${query}` : '/search');
export const embedBuilder = () => `/${WIDGET_PREFIX}`;
