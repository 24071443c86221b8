/**
 * Reads a data folder exactly as served (contract §1) for the feeds: site.json and
 * categories.json must be usable or the folder is refused; a broken category page, list item
 * or article file is skipped with a warning naming it, as the app skips it. Archive files are
 * never read (the feeds only need the category pages and the articles).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import {
  type Article,
  ArticleDocument,
  ArticleSummary,
  Category,
  CategoryPageDocument,
  type Site,
  SiteDocument,
} from '../../src/shared/contract/documents.ts';
import { parseDataJson } from '../../src/shared/contract/json.ts';
import * as files from '../../src/shared/urls/data-files.ts';
import { issueMessage, issuePath } from '../api/strict.ts';

/** The text of a contract file by its path under the data folder, or undefined when missing. */
export type Reader = (file: string) => Promise<string | undefined>;

export function folderReader(dir: string): Reader {
  return async (file) => {
    try {
      return await readFile(path.join(dir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
}

/** The folder cannot be used at all (exit code 1, message names the file). */
export class FeedsError extends Error {}

type Parsed<T> = { ok: true; value: T } | { ok: false; why: string };

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issuePath(issue) || '(gốc)'}: ${issueMessage(issue)}`)
    .join('; ');
}

async function parseFile<T extends v.GenericSchema>(
  read: Reader,
  file: string,
  schema: T,
): Promise<Parsed<v.InferOutput<T>> | undefined> {
  const text = await read(file);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = parseDataJson(text);
  } catch (error) {
    return { ok: false, why: `không phải JSON hợp lệ (${(error as Error).message})` };
  }
  const result = v.safeParse(schema, json);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, why: `sai hợp đồng — ${describe(result.issues)}` };
}

async function required<T extends v.GenericSchema>(read: Reader, file: string, schema: T) {
  const parsed = await parseFile(read, file, schema);
  if (!parsed) throw new FeedsError(`${file}: thiếu tệp — thư mục này không dùng được`);
  if (!parsed.ok) throw new FeedsError(`${file}: ${parsed.why} — thư mục này không dùng được`);
  return parsed.value;
}

// Lists as raw items, so that each malformed item can be named in a warning (the app's
// `listOf` drops them silently).
const CategoriesShape = v.object({ categories: v.array(v.unknown()) });
const PageShape = v.object({ ...CategoryPageDocument.entries, items: v.array(v.unknown()) });

export interface FeedItem {
  summary: ArticleSummary;
  article: Article;
}

export class DataFolder {
  readonly warnings: string[] = [];
  private readonly articles = new Map<string, Promise<Article | undefined>>();

  private constructor(
    private readonly read: Reader,
    readonly site: Site,
    readonly categories: Category[],
  ) {}

  static async open(read: Reader): Promise<DataFolder> {
    const site = await required(read, files.site(), SiteDocument);
    const raw = await required(read, files.categories(), CategoriesShape);
    const warnings: string[] = [];
    const categories: Category[] = [];
    const seen = new Set<string>();
    raw.categories.forEach((item, index) => {
      const result = v.safeParse(Category, item);
      if (!result.success) {
        warnings.push(
          `${files.categories()}: danh mục thứ ${index + 1} bị bỏ qua — ${describe(result.issues)}`,
        );
      } else if (seen.has(result.output.slug)) {
        warnings.push(
          `${files.categories()}: danh mục "${result.output.slug}" lặp lại, bỏ lần sau`,
        );
      } else {
        seen.add(result.output.slug);
        categories.push(result.output);
      }
    });
    const folder = new DataFolder(read, site, categories);
    folder.warnings.push(...warnings);
    return folder;
  }

  /** An article file, validated; undefined (with one warning) when missing or broken. */
  article(id: string): Promise<Article | undefined> {
    let pending = this.articles.get(id);
    if (!pending) {
      const file = files.article(id);
      pending = parseFile(this.read, file, ArticleDocument).then((parsed) => {
        if (!parsed) this.warnings.push(`${file}: thiếu tệp — bài bị bỏ qua`);
        else if (!parsed.ok) this.warnings.push(`${file}: ${parsed.why} — bài bị bỏ qua`);
        else if (parsed.value.id !== id)
          this.warnings.push(`${file}: id "${parsed.value.id}" khác tên tệp — bài bị bỏ qua`);
        else return parsed.value;
        return undefined;
      });
      this.articles.set(id, pending);
    }
    return pending;
  }

  /**
   * The newest `limit` usable articles of a category (its pages include its descendants),
   * reading pages only until enough are found: a 20 000-article folder costs a few pages.
   */
  async newest(slug: string, limit: number): Promise<FeedItem[]> {
    const out: FeedItem[] = [];
    const ids = new Set<string>();
    let pageCount = 1;
    for (let page = 1; page <= pageCount && out.length < limit; page++) {
      const file = files.categoryPage(slug, page);
      const parsed = await parseFile(this.read, file, PageShape);
      if (!parsed?.ok) {
        this.warnings.push(
          `${file}: ${parsed === undefined ? 'thiếu tệp' : parsed.why} — bỏ qua từ trang này`,
        );
        break;
      }
      if (page === 1) pageCount = parsed.value.pageCount;
      const summaries = parsed.value.items.flatMap((item, index) => {
        const result = v.safeParse(ArticleSummary, item);
        if (result.success) return [result.output];
        this.warnings.push(`${file}: mục thứ ${index + 1} bị bỏ qua — ${describe(result.issues)}`);
        return [];
      });
      const articles = await Promise.all(summaries.map((s) => this.article(s.id)));
      summaries.forEach((summary, index) => {
        const article = articles[index];
        if (article && !ids.has(summary.id) && out.length < limit) {
          ids.add(summary.id);
          out.push({ summary, article });
        }
      });
    }
    return out;
  }
}
