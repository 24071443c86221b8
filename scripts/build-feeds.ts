/**
 * Atom feeds from a data folder exactly as served (../shared/spec/CONTRACT.md §5):
 *
 *   npm run build:feeds -- --api DIR --site-url URL [--api-url URL]
 *
 * Writes DIR/feeds/all.xml and DIR/feeds/{slug}.xml (a parent's feed includes its
 * descendants, as its category pages do), at most 50 entries each, newest first. The whole
 * feeds/ folder is replaced at once. `npm run build:api` runs the same rendering on the tree it
 * has just built (see scripts/build-api.ts). See data/README.md.
 */

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sortNewest } from '../src/shared/lib/by-newest.ts';
import { SITE_FEED } from '../src/shared/lib/site-feed.ts';
import * as urls from '../src/shared/urls/app-urls.ts';
import * as dataFiles from '../src/shared/urls/data-files.ts';
import { type AtomEntry, atomXml, siteDateTime } from './feeds/atom.ts';
import {
  DataFolder,
  type FeedItem,
  FeedsError,
  type DataFolder as Folder,
  folderReader,
  type Reader,
} from './feeds/read-folder.ts';
import { excerpt } from './feeds/text.ts';
import { writeFeedsAtomically } from './feeds/write-feeds.ts';
import { parseArgs } from './lib/args.ts';
import { htmlToText } from './lib/html-text.ts';
import { baseUrl } from './lib/site-url.ts';

export { FeedsError, folderReader, type Reader } from './feeds/read-folder.ts';

export const FEED_LIMIT = 50;
/** A summary needs ~300 characters of text: the body's first 20 000 of HTML are plenty. */
const SUMMARY_HTML = 20_000;

export interface FeedOptions {
  /** The portal's public URL, base path included (`https://quan1.gov.vn/portal/`). */
  siteUrl: string;
  /** Where the data folder is served; default `api/` under siteUrl (the app's default). */
  apiUrl?: string;
}

export interface FeedsResult {
  /** file name under feeds/ → XML */
  files: Map<string, string>;
  warnings: string[];
}

const newestFirst = (items: readonly FeedItem[]) => sortNewest(items, (item) => item.article);

/** The later of publishedAt and a valid, later updatedAt, as written in the data. */
function updatedOf({ article }: FeedItem): string {
  const { publishedAt, updatedAt } = article;
  // updatedAt passed the contract's date check when present, so it parses.
  return updatedAt && Date.parse(updatedAt) > Date.parse(publishedAt) ? updatedAt : publishedAt;
}

/** The latest of `items`' updates (as written), or undefined for none. */
function latestUpdate(items: readonly FeedItem[]): string | undefined {
  let latest: string | undefined;
  for (const item of items) {
    const updated = updatedOf(item);
    if (latest === undefined || Date.parse(updated) > Date.parse(latest)) latest = updated;
  }
  return latest;
}

function entryOf(item: FeedItem, folder: Folder, site: URL): AtomEntry {
  const { article } = item;
  const tz = folder.site.timeZone;
  const link = new URL(urls.article(article.id).slice(1), site).href;
  const category = folder.categories.find((c) => c.slug === article.category);
  const summary =
    article.summary?.trim() ||
    item.summary.summary?.trim() ||
    excerpt(htmlToText(article.body, SUMMARY_HTML));
  return {
    // The article's portal URL: an IRI that stays the same from one run to the next.
    id: link,
    title: article.title,
    link,
    published: siteDateTime(article.publishedAt, tz),
    updated: siteDateTime(updatedOf(item), tz),
    category: {
      term: article.category,
      label: category?.name ?? article.category,
      scheme: new URL(urls.category('').slice(1), site).href,
    },
    ...(article.author?.trim() ? { author: article.author.trim() } : {}),
    ...(summary ? { summary } : {}),
  };
}

/** Every feed of a data folder, in memory: nothing is written. */
export async function renderFeeds(read: Reader, options: FeedOptions): Promise<FeedsResult> {
  const site = baseUrl(options.siteUrl, '--site-url');
  const api = options.apiUrl ? baseUrl(options.apiUrl, '--api-url') : new URL('api/', site);
  const folder = await DataFolder.open(read);
  const tz = folder.site.timeZone;

  const perCategory = new Map<string, FeedItem[]>();
  for (const category of folder.categories) {
    perCategory.set(category.slug, newestFirst(await folder.newest(category.slug, FEED_LIMIT)));
  }
  // The site-wide feed: the newest of every category's newest (each holds its own articles).
  const union = new Map<string, FeedItem>();
  for (const items of perCategory.values())
    for (const item of items) union.set(item.article.id, item);
  const all = newestFirst([...union.values()]).slice(0, FEED_LIMIT);
  // An empty feed still needs an `updated`: the site's newest change, else the epoch.
  const newest = latestUpdate(all) ?? new Date(0);

  const feed = (name: string, title: string, page: URL, items: FeedItem[], subtitle?: string) =>
    atomXml({
      id: page.href,
      title,
      subtitle,
      updated: siteDateTime(latestUpdate(items) ?? newest, tz),
      selfLink: new URL(dataFiles.feed(name), api).href,
      alternateLink: page.href,
      author: { name: folder.site.name, uri: site.href },
      entries: items.map((item) => entryOf(item, folder, site)),
    });

  const files = new Map<string, string>();
  files.set(`${SITE_FEED}.xml`, feed(SITE_FEED, folder.site.name, site, all));
  for (const category of folder.categories) {
    if (category.slug === SITE_FEED) {
      folder.warnings.push(
        `${dataFiles.categories()}: danh mục "${SITE_FEED}" trùng tên tin chung ${SITE_FEED}.xml — không có tin riêng`,
      );
      continue;
    }
    const title = `${category.name} – ${folder.site.name}`;
    const page = new URL(urls.category(category.slug).slice(1), site);
    files.set(
      `${category.slug}.xml`,
      feed(category.slug, title, page, perCategory.get(category.slug) ?? [], category.description),
    );
  }
  return { files, warnings: folder.warnings };
}

/** Reads DIR, writes DIR/feeds/ all at once. Throws FeedsError for an unusable folder. */
export async function buildFeeds(
  options: FeedOptions & { apiDir: string; read?: Reader },
): Promise<FeedsResult> {
  const result = await renderFeeds(options.read ?? folderReader(options.apiDir), options);
  await writeFeedsAtomically(path.join(options.apiDir, 'feeds'), result.files);
  return result;
}

const USAGE =
  'Cách dùng: npm run build:feeds -- --api THƯ_MỤC_API --site-url https://DIA_CHI_CONG/ [--api-url URL]';

async function main(argv: string[]): Promise<number> {
  let options: FeedOptions & { apiDir: string };
  try {
    const args = parseArgs(argv, ['api', 'site-url', 'api-url']);
    const apiDir = args.get('api');
    const siteUrl = args.get('site-url');
    if (!apiDir || !siteUrl) throw new Error('cần --api và --site-url');
    options = { apiDir, siteUrl, apiUrl: args.get('api-url') };
    baseUrl(siteUrl, '--site-url');
    if (options.apiUrl) baseUrl(options.apiUrl, '--api-url');
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const { files, warnings } = await buildFeeds(options);
    for (const warning of warnings) console.warn(`Cảnh báo: ${warning}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`${files.size} tin Atom → ${path.join(options.apiDir, 'feeds')}, ${seconds} s`);
    return 0;
  } catch (error) {
    console.error(error instanceof FeedsError ? error.message : `Lỗi: ${(error as Error).message}`);
    return 1;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  process.exitCode = await main(process.argv.slice(2));
}
