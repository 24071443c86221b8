import { readdir } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { ROUTES, type RouteEntry, routeUrl } from '../../src/app/route-manifest.ts';
import {
  ArchiveIndexDocument,
  ArchiveMonthDocument,
  CategoriesDocument,
  CategoryPageDocument,
} from '../../src/shared/contract/documents.ts';
import { parseDataJson } from '../../src/shared/contract/json.ts';
import { SLUG_PATTERN } from '../../src/shared/contract/url-patterns.ts';
import type { DataFiles } from './data-files.ts';

export type Warn = (message: string) => void;

/** A route the manifest marks `prerender`, and the params of each page the data has. */
type Enumerator = (data: DataFiles, warn: Warn) => Promise<Record<string, string>[]>;

async function parse<T extends v.GenericSchema>(
  data: DataFiles,
  name: string,
  schema: T,
  warn: Warn,
): Promise<v.InferOutput<T> | null> {
  const bytes = await data.read(name);
  if (!bytes) return null;
  try {
    const result = v.safeParse(schema, parseDataJson(bytes.toString('utf8')));
    if (result.success) return result.output;
    warn(`${name}: không đúng hợp đồng dữ liệu, bỏ qua các trang của nó`);
  } catch {
    warn(`${name}: không phải JSON hợp lệ, bỏ qua các trang của nó`);
  }
  return null;
}

async function categoryPages(data: DataFiles, warn: Warn) {
  const doc = await parse(data, 'categories.json', CategoriesDocument, warn);
  const pages: { slug: string; page: number }[] = [];
  for (const { slug } of doc?.categories ?? []) {
    const first = await parse(data, `categories/${slug}/1.json`, CategoryPageDocument, warn);
    for (let page = 1; page <= (first?.pageCount ?? 0); page++) pages.push({ slug, page });
  }
  return pages;
}

async function archiveMonths(data: DataFiles, warn: Warn) {
  const index = await parse(data, 'archive/index.json', ArchiveIndexDocument, warn);
  return (index?.months ?? []).filter((m) => m.count > 0).map((m) => m.month);
}

const ENUMERATORS: Record<string, Enumerator> = {
  home: async () => [{}],
  contacts: async () => [{}],
  feeds: async () => [{}],
  category: async (data, warn) =>
    (await categoryPages(data, warn)).filter((p) => p.page === 1).map(({ slug }) => ({ slug })),
  'category-page': async (data, warn) =>
    (await categoryPages(data, warn))
      .filter((p) => p.page > 1)
      .map(({ slug, page }) => ({ slug, page: String(page) })),
  article: async (data) => {
    const dir = path.join(data.folder, 'articles');
    const names = await readdir(dir).catch(() => [] as string[]);
    return names
      .filter((n) => n.endsWith('.json') && SLUG_PATTERN.test(n.slice(0, -5)))
      .map((n) => ({ id: n.slice(0, -5) }));
  },
  'archive-month': async (data, warn) =>
    (await archiveMonths(data, warn)).map((date) => ({ date })),
  'archive-day': async (data, warn) => {
    const days: { date: string }[] = [];
    for (const month of await archiveMonths(data, warn)) {
      const doc = await parse(data, `archive/${month}.json`, ArchiveMonthDocument, warn);
      for (const day of doc?.days ?? []) if (day.count > 0) days.push({ date: day.date });
    }
    return days;
  },
};

export interface PageUrl {
  route: RouteEntry;
  /** The app path, base excluded: `/articles/x`. */
  url: string;
}

/** Every page `build:pages` draws, in a stable order: the manifest's, then by URL. */
export async function readablePages(data: DataFiles, warn: Warn): Promise<PageUrl[]> {
  const out: PageUrl[] = [];
  for (const route of ROUTES.filter((r) => r.prerender)) {
    const enumerate = ENUMERATORS[route.id];
    if (!enumerate)
      throw new Error(
        `route-manifest: "${route.id}" is prerendered, but enumerate.ts cannot list its pages`,
      );
    const urls = (await enumerate(data, warn)).map((params) => routeUrl(route, params)).sort();
    for (const url of urls) out.push({ route, url });
  }
  return out;
}
