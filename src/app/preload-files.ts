/**
 * Which contract files a URL's first screen reads: the layout's and, when the URL names it, the
 * page's own. index.html runs this inline (scripts/vite/preload-data.ts injects its source)
 * to start those requests while the JavaScript downloads, so it must stay self-contained: no
 * imports, no outer names; the patterns it shares with the routes come in as arguments.
 */
export function preloadFiles(
  pathname: string,
  search: string,
  patterns: { slug: string; page: string },
): string[] {
  const slug = patterns.slug.replace(/^\^|\$$/g, '');
  const page = patterns.page.replace(/^\^|\$$/g, '');
  const ends = (re: string) => new RegExp(`/${re}$`).exec(pathname);
  if (ends('embed/contacts')) return ['site.json', 'contacts.json'];
  if (ends('embed/calendar')) return ['site.json'];
  if (ends('embed/latest')) return ['site.json', 'categories.json'];
  const files = ['site.json', 'categories.json', 'contacts.json'];
  let m = ends(`articles/(${slug})`);
  if (m) return files.concat(`articles/${m[1]}.json`);
  m = ends('archive/(\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))');
  if (m) return files.concat(`archive/${m[1]}.json`);
  m = ends('archive/(\\d{4}-(?:0[1-9]|1[0-2]))');
  if (m) return files.concat('archive/index.json', `archive/${m[1]}.json`);
  m = ends(`categories/(${slug})`);
  const query = new RegExp(`^(?:\\?page=(${page}))?$`).exec(search);
  if (m && query) return files.concat(`categories/${m[1]}/${query[1] ?? 1}.json`);
  return files;
}

/**
 * Which route modules (`src/app/routes/{name}.tsx`, plus the widgets' layout) draw a URL, so
 * that index.html can preload their chunks with the entry instead of after it has run (one
 * round trip and the entry's start-up later). Mirrors the table in `routes.tsx`; a wrong guess
 * only costs a wasted or a missed preload, and a browser spec checks the two agree. Same rules
 * as `preloadFiles`: self-contained, run inline. `base` is the app's base path (`/`, `/portal/`).
 */
export function routeModules(pathname: string, base: string): string[] {
  const path = `${pathname}/`.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1);
  const at = (re: string) => new RegExp(`^(?:${re})/?$`).test(path);
  if (at('')) return ['HomeRoute'];
  if (at('embed/latest')) return ['EmbedLayout', 'EmbedLatestRoute'];
  if (at('embed/contacts')) return ['EmbedLayout', 'EmbedContactsRoute'];
  if (at('embed/calendar')) return ['EmbedLayout', 'EmbedCalendarRoute'];
  if (at('embed/.+')) return ['EmbedLayout', 'EmbedNotFoundRoute'];
  if (at('categories/[^/]+')) return ['CategoryRoute'];
  if (at('articles/[^/]+')) return ['ArticleRoute'];
  if (at('archive/[^/]+')) return ['ArchiveRoute'];
  if (at('contacts')) return ['ContactsRoute'];
  if (at('feeds')) return ['FeedsRoute'];
  if (at('search')) return ['SearchRoute'];
  if (at('embed')) return ['EmbedBuilderRoute'];
  return ['NotFoundRoute'];
}
