import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ROUTES, type RouteEntry, routeUrl } from '../../src/app/route-manifest.ts';
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
import type { DataFiles } from './data-files.ts';
import { DataLists, MAX_DRAWN_BYTES, tooLarge, type Warn } from './data-lists.ts';

export type { Warn };

/** A route the manifest marks `prerender`, and the params of each page the data has. */
type Enumerator = (lists: DataLists) => Promise<Record<string, string>[]>;

const PAGE_FILE = /^[1-9]\d{0,8}\.json$/;

/**
 * Every category page that has a file (`categories/{slug}/{n}.json`, a plain file, n ≥ 1):
 * never `pageCount` alone (a `pageCount` of 1e8 once ran build:pages out of memory, and 40 with
 * one file wrote 39 pages of "loading"). Where `pageCount` disagrees with the files, a warning
 * names the file; a page past its own `pageCount` draws "not found" and is left out.
 */
function categoryPages(lists: DataLists) {
  let pending = listed.get(lists);
  if (!pending) {
    pending = listCategoryPages(lists);
    listed.set(lists, pending);
  }
  return pending;
}
// Two routes (page 1, the others) share one listing, and its warnings.
const listed = new WeakMap<DataLists, Promise<{ slug: string; page: number }[]>>();

async function listCategoryPages(lists: DataLists) {
  const doc = await lists.doc('categories.json', CategoriesDocument, {
    key: 'categories',
    item: Category,
  });
  const pages: { slug: string; page: number }[] = [];
  for (const { slug } of doc?.categories ?? []) {
    const names = await lists.files(`categories/${slug}`, PAGE_FILE);
    const numbers = names.map((n) => Number(n.slice(0, -5))).sort((a, b) => a - b);
    let pageCount: number | undefined;
    for (const page of numbers) {
      const file = `categories/${slug}/${page}.json`;
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
        `categories/${slug}/${numbers[0]}.json: pageCount ${pageCount}, nhưng thư mục có ` +
          `${numbers.length} trang (${numbers.slice(0, 5).join(', ')}${numbers.length > 5 ? ', …' : ''})` +
          ' — chỉ vẽ các trang có tệp',
      );
    }
  }
  return pages;
}

async function archiveMonths(lists: DataLists) {
  const index = await lists.doc('archive/index.json', ArchiveIndexDocument, {
    key: 'months',
    item: ArchiveMonthEntry,
  });
  return (index?.months ?? []).filter((m) => m.count > 0).map((m) => m.month);
}

const ENUMERATORS: Record<string, Enumerator> = {
  home: async () => [{}],
  contacts: async () => [{}],
  feeds: async () => [{}],
  category: async (lists) =>
    (await categoryPages(lists)).filter((p) => p.page === 1).map(({ slug }) => ({ slug })),
  'category-page': async (lists) =>
    (await categoryPages(lists))
      .filter((p) => p.page > 1)
      .map(({ slug, page }) => ({ slug, page: String(page) })),
  article: async (lists) => {
    const out: { id: string }[] = [];
    for (const name of await lists.files('articles', /\.json$/)) {
      const id = name.slice(0, -5);
      if (!SLUG_PATTERN.test(id)) {
        lists.warn(`articles/${name}: tên tệp không phải định danh bài — bỏ qua`);
        continue;
      }
      const { size } = await stat(path.join(lists.data.folder, 'articles', name));
      if (size > MAX_DRAWN_BYTES) lists.warn(tooLarge(`articles/${name}`, size));
      else out.push({ id });
    }
    return out;
  },
  'archive-month': async (lists) => (await archiveMonths(lists)).map((date) => ({ date })),
  'archive-day': async (lists) => {
    const days: { date: string }[] = [];
    for (const month of await archiveMonths(lists)) {
      const list = { key: 'days', item: ArchiveDayCount };
      const doc = await lists.doc(`archive/${month}.json`, ArchiveMonthDocument, list);
      for (const { date, count } of doc?.days ?? []) {
        if (count === 0) continue;
        const file = `archive/${date}.json`;
        const day = await lists.doc(file, ArchiveDayDocument, {
          key: 'items',
          item: ArticleSummary,
        });
        if (day) days.push({ date });
        else if (!(await lists.data.read(file))) {
          lists.warn(`${file}: thiếu tệp (archive/${month}.json có ngày này) — bỏ qua`);
        }
      }
    }
    return days;
  },
};

export interface PageUrl {
  route: RouteEntry;
  /** The app path, base excluded: `/articles/x`. */
  url: string;
}

/**
 * Every page `build:pages` draws, in a stable order: the manifest's, then by URL. Pages from
 * a file that is missing, broken or too large to draw are left out, each with a warning.
 */
export async function readablePages(data: DataFiles, warn: Warn): Promise<PageUrl[]> {
  const lists = new DataLists(data, warn);
  const out: PageUrl[] = [];
  for (const route of ROUTES.filter((r) => r.prerender)) {
    const enumerate = ENUMERATORS[route.id];
    if (!enumerate)
      throw new Error(
        `route-manifest: "${route.id}" is prerendered, but enumerate.ts cannot list its pages`,
      );
    const urls = (await enumerate(lists)).map((params) => routeUrl(route, params)).sort();
    for (const url of urls) out.push({ route, url });
  }
  return out;
}
