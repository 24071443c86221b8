/**
 * Every contract data file (CONTRACT.md §1), as its path below the API base: the one place the
 * fetchers, the route manifest's preload list, the static-API generator, the page generator,
 * the feeds and search readers and the service worker take a file's name from.
 *
 * Plain functions and strings, each written out (no shared pieces): the entry chunk holds this
 * module, and every byte in it is on every page's first load. Import the module as a namespace
 * (`import * as files from …`) and read `files.article(id)`.
 */

export const site = () => 'site.json';
export const categories = () => 'categories.json';
export const contacts = () => 'contacts.json';

/** The folder of article files, one `{id}.json` each. */
export const ARTICLES = 'articles';
export const article = (id: string) => `articles/${id}.json`;

/** The folder of the categories' folders; each category's page files are `{n}.json` from 1. */
export const CATEGORIES = 'categories';
export const categoryFolder = (slug: string) => `categories/${slug}`;
export const categoryPage = (slug: string, page: number | string) =>
  `categories/${slug}/${page}.json`;

export const ARCHIVE = 'archive';
/** A month's file (`yyyy-MM`), a day's (`yyyy-MM-dd`) or the index (`index`). */
export const archive = (key: string) => `archive/${key}.json`;
// Names for readers; the app calls `archive` alone (`archive('index')` too), so that its bundle
// has one function.
export const archiveIndex = () => archive('index');
export const archiveMonth = archive;
export const archiveDay = archive;

/** The Atom feeds' folder (contract §5), one `{name}.xml` each. */
export const FEEDS = 'feeds';
export const feed = (name: string) => `feeds/${name}.xml`;

/** The search index's folder (Pagefind's files, written by `build:search`). */
export const SEARCH = 'search';

/** Every name at the top of the data folder the build writes (files and folders). */
export const TOP_LEVEL = [
  site(),
  categories(),
  contacts(),
  CATEGORIES,
  ARTICLES,
  ARCHIVE,
  FEEDS,
  SEARCH,
] as const;

/** The name of a file in a folder of `{name}.json` files, or null for another file. */
export const jsonName = (file: string) => (file.endsWith('.json') ? file.slice(0, -5) : null);
