import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ROUTES, type RouteEntry, type SiteData } from '../../src/app/route-manifest.ts';
import {
  ArchiveDayCount,
  ArchiveDayDocument,
  ArchiveIndexDocument,
  ArchiveMonthDocument,
  ArchiveMonthEntry,
  ArticleSummary,
  CategoriesDocument,
  Category,
  CategoryPageDocument,
} from '../../src/shared/contract/documents.ts';
import { SLUG_PATTERN } from '../../src/shared/contract/url-patterns.ts';
import * as files from '../../src/shared/urls/data-files.ts';
import type { DataFiles } from './data-files.ts';
import { DataLists, MAX_DRAWN_BYTES, tooLarge, type Warn } from './data-lists.ts';

export type { Warn };

const PAGE_FILE = /^[1-9]\d{0,8}\.json$/;
const JSON_FILE = /\.json$/;

/** Each listing once per run: several routes read one (category pages: page 1, the others). */
function once<T>(list: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= list();
    return pending;
  };
}

/**
 * What the data folder holds, for the route manifest's `pages`: only what the app can draw,
 * every file or item left out named in a warning.
 */
export function siteData(lists: DataLists): SiteData {
  const archiveMonths = once(() => listArchiveMonths(lists));
  return {
    categoryPages: once(() => listCategoryPages(lists)),
    articleIds: once(() => listArticleIds(lists)),
    archiveMonths,
    archiveDays: once(async () => listArchiveDays(lists, await archiveMonths())),
  };
}

/**
 * Every category page that has a file (`categories/{slug}/{n}.json`, a plain file, n ≥ 1):
 * never `pageCount` alone (a `pageCount` of 1e8 once ran build:pages out of memory, and 40 with
 * one file wrote 39 pages of "loading"). Where `pageCount` disagrees with the files, a warning
 * names the file; a page past its own `pageCount` draws "not found" and is left out.
 */
async function listCategoryPages(lists: DataLists) {
  const doc = await lists.doc(files.categories(), CategoriesDocument, {
    key: 'categories',
    item: Category,
  });
  const pages: { slug: string; page: number }[] = [];
  for (const { slug } of doc?.categories ?? []) {
    const names = await lists.files(files.categoryFolder(slug), PAGE_FILE);
    const numbers = names.map((n) => Number(files.jsonName(n))).sort((a, b) => a - b);
    let pageCount: number | undefined;
    for (const page of numbers) {
      const file = files.categoryPage(slug, page);
      const list = { key: 'items', item: ArticleSummary };
      const doc = await lists.doc(file, CategoryPageDocument, list);
      if (!doc) continue;
      if (page > doc.pageCount) {
        lists.warn(`${file}: trang ${page} vượt pageCount ${doc.pageCount} của nó — bỏ qua`);
        continue;
      }
      pageCount ??= doc.pageCount;
      pages.push({ slug, page });
    }
    const last = numbers.at(-1) ?? 0;
    if (pageCount !== undefined && (pageCount !== last || numbers.length !== last)) {
      lists.warn(
        `${files.categoryPage(slug, numbers[0] ?? 1)}: pageCount ${pageCount}, nhưng thư mục có ` +
          `${numbers.length} trang (${numbers.slice(0, 5).join(', ')}${numbers.length > 5 ? ', …' : ''})` +
          ' — chỉ vẽ các trang có tệp',
      );
    }
  }
  return pages;
}

/** Articles whose file is named as an id and small enough to draw. */
async function listArticleIds(lists: DataLists) {
  const ids: string[] = [];
  for (const name of await lists.files(files.ARTICLES, JSON_FILE)) {
    const id = files.jsonName(name) ?? '';
    const file = files.article(id);
    if (!SLUG_PATTERN.test(id)) {
      lists.warn(`${file}: tên tệp không phải định danh bài — bỏ qua`);
      continue;
    }
    const { size } = await stat(path.join(lists.data.folder, ...file.split('/')));
    if (size > MAX_DRAWN_BYTES) lists.warn(tooLarge(file, size));
    else ids.push(id);
  }
  return ids;
}

async function listArchiveMonths(lists: DataLists) {
  const index = await lists.doc(files.archiveIndex(), ArchiveIndexDocument, {
    key: 'months',
    item: ArchiveMonthEntry,
  });
  return (index?.months ?? []).filter((m) => m.count > 0).map((m) => m.month);
}

async function listArchiveDays(lists: DataLists, months: readonly string[]) {
  const days: string[] = [];
  for (const month of months) {
    const list = { key: 'days', item: ArchiveDayCount };
    const doc = await lists.doc(files.archiveMonth(month), ArchiveMonthDocument, list);
    for (const { date, count } of doc?.days ?? []) {
      if (count === 0) continue;
      const file = files.archiveDay(date);
      const day = await lists.doc(file, ArchiveDayDocument, { key: 'items', item: ArticleSummary });
      if (day) days.push(date);
      else if (!(await lists.data.read(file))) {
        lists.warn(`${file}: thiếu tệp (${files.archiveMonth(month)} có ngày này) — bỏ qua`);
      }
    }
  }
  return days;
}

export interface PageUrl {
  route: RouteEntry;
  /** The app path, base excluded: `/articles/x`. */
  url: string;
}

/**
 * Every page `build:pages` draws (the manifest's routes with `pages`), in a stable order: the
 * manifest's, then by URL. Pages from a file that is missing, broken or too large to draw are
 * left out, each with a warning.
 */
export async function readablePages(
  data: DataFiles,
  warn: Warn,
  routes: readonly RouteEntry[] = ROUTES,
): Promise<PageUrl[]> {
  const site = siteData(new DataLists(data, warn));
  const out: PageUrl[] = [];
  for (const route of routes) {
    if (!route.pages) continue;
    const urls = [...(await route.pages(site))].sort();
    for (const url of urls) out.push({ route, url });
  }
  return out;
}
