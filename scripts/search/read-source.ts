/**
 * Reads a data folder exactly as it is served (../shared/spec/CONTRACT.md §1) — never the CMS
 * export — so that any folder the app can show can also be searched: site.json and
 * categories.json must be usable; articles are found through every category's pages and read
 * from articles/{id}.json. Anything broken below that is skipped with a warning naming it, as
 * the app skips it. The archive files are not read: the category pages already list every
 * article, and the archive's layout is free to change.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import {
  type Article,
  ArticleDocument,
  ArticleSummary,
  CategoriesDocument,
  type Category,
  SiteDocument,
} from '../../src/shared/contract/documents.ts';
import { parseDataJson } from '../../src/shared/contract/json.ts';
import { PageNumber } from '../../src/shared/contract/primitives.ts';
import * as files from '../../src/shared/urls/data-files.ts';
import { mapLimit } from '../lib/pool.ts';

/** The folder cannot be indexed at all. */
export class SearchSourceError extends Error {
  override name = 'SearchSourceError';
}

export interface SearchSource {
  categories: Category[];
  articles: Article[];
}

type Warn = (message: string) => void;

type Read = { ok: true; value: unknown } | { ok: false; missing: boolean; message: string };

/** Told every file read, with its bytes (null: could not be read), e.g. to record the inputs. */
export type OnRead = (file: string, bytes: Buffer | null) => void;

async function readJson(dir: string, file: string, onRead?: OnRead): Promise<Read> {
  let text: string;
  try {
    const bytes = await readFile(path.join(dir, file));
    onRead?.(file, bytes);
    text = bytes.toString('utf8');
  } catch (error) {
    onRead?.(file, null);
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, missing, message: missing ? 'không có tệp' : (error as Error).message };
  }
  try {
    return { ok: true, value: parseDataJson(text) };
  } catch {
    return { ok: false, missing: false, message: 'không phải JSON hợp lệ' };
  }
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const where = issue?.path?.map((item) => String(item.key)).join('.');
  return where ? `${where}: ${issue?.message}` : (issue?.message ?? 'không hợp lệ');
}

/** A required document: anything wrong with it stops the build. */
async function required<T extends v.GenericSchema>(
  dir: string,
  file: string,
  schema: T,
  onRead?: OnRead,
) {
  const read = await readJson(dir, file, onRead);
  if (!read.ok) throw new SearchSourceError(`${path.join(dir, file)}: ${read.message}`);
  const parsed = v.safeParse(schema, read.value);
  if (!parsed.success) {
    throw new SearchSourceError(`${path.join(dir, file)}: ${firstIssue(parsed.issues)}`);
  }
  return parsed.output as v.InferOutput<T>;
}

// Items are checked one by one (not with listOf) so that each dropped one can be named.
const PageShape = v.object({
  pageCount: PageNumber,
  items: v.array(v.unknown()),
});

async function categoryIds(
  dir: string,
  slug: string,
  warn: Warn,
  onRead?: OnRead,
): Promise<string[]> {
  const ids: string[] = [];
  const readPage = async (page: number) => {
    const file = files.categoryPage(slug, page);
    const read = await readJson(dir, file, onRead);
    const parsed = read.ok ? v.safeParse(PageShape, read.value) : undefined;
    if (!parsed?.success) {
      warn(`${file}: ${read.ok ? firstIssue(parsed?.issues ?? []) : read.message} — bỏ qua`);
      return undefined;
    }
    return { file, page: parsed.output };
  };
  const take = (read: Awaited<ReturnType<typeof readPage>>) => {
    read?.page.items.forEach((item, index) => {
      const summary = v.safeParse(ArticleSummary, item);
      if (summary.success) ids.push(summary.output.id);
      else warn(`${read.file}: items.${index}: ${firstIssue(summary.issues)} — bỏ qua mục này`);
    });
  };
  const first = await readPage(1);
  take(first);
  // The first page says how many there are: the others are read 16 at a time, kept in order.
  const rest = Array.from({ length: (first?.page.pageCount ?? 1) - 1 }, (_, i) => i + 2);
  for (const read of await mapLimit(rest, 16, readPage)) take(read);
  return ids;
}

export async function readSource(dir: string, warn: Warn, onRead?: OnRead): Promise<SearchSource> {
  const { categories, articles } = await openSource(dir, warn, onRead);
  const all: Article[] = [];
  for await (const article of articles) all.push(article);
  return { categories, articles: all };
}

/**
 * What readSource reads, with the articles given as they are read (in the same order), so that
 * the index can take the first ones while the others are still being read.
 */
export async function openSource(
  dir: string,
  warn: Warn,
  onRead?: OnRead,
): Promise<{ categories: Category[]; articles: AsyncIterable<Article> }> {
  await required(dir, files.site(), SiteDocument, onRead);
  const { categories } = await required(dir, files.categories(), CategoriesDocument, onRead);
  // Every category, not just the roots: a child whose parent is missing is still listed.
  const ids = new Set<string>();
  for (const category of categories) {
    for (const id of await categoryIds(dir, category.slug, warn, onRead)) ids.add(id);
  }
  return { categories, articles: readArticles(dir, [...ids], warn, onRead) };
}

/** The articles of `ids`, in that order, 16 read at a time; a broken one skipped with a warning. */
async function* readArticles(
  dir: string,
  ids: string[],
  warn: Warn,
  onRead?: OnRead,
): AsyncGenerator<Article> {
  const readOne = async (id: string) => {
    const file = files.article(id);
    const result = await readJson(dir, file, onRead);
    if (!result.ok) {
      warn(`${file}: ${result.message} — bỏ qua bài này`);
      return undefined;
    }
    const parsed = v.safeParse(ArticleDocument, result.value);
    if (!parsed.success) {
      warn(`${file}: ${firstIssue(parsed.issues)} — bỏ qua bài này`);
      return undefined;
    }
    if (parsed.output.id !== id) {
      warn(`${file}: id "${parsed.output.id}" khác tên tệp — bỏ qua bài này`);
      return undefined;
    }
    return parsed.output;
  };
  const ahead: Promise<Article | undefined>[] = [];
  let next = 0;
  const more = () => {
    const read = readOne(ids[next++] as string);
    read.catch(() => {}); // awaited below, in turn; not an unhandled rejection meanwhile
    ahead.push(read);
  };
  while (next < ids.length && ahead.length < 16) more();
  while (ahead.length > 0) {
    const article = await (ahead.shift() as Promise<Article | undefined>);
    if (next < ids.length) more();
    if (article) yield article;
  }
}
