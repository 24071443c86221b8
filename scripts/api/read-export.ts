/**
 * Reads and strictly validates an export folder:
 *   site.json, categories.json ({ categories }), contacts.json, articles/*.json (one Article each).
 * Every problem found is collected, with its file and field, before anything is written.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import {
  type Article,
  ArticleDocument,
  CategoriesDocument,
  type Category,
  type Contacts,
  ContactsDocument,
  type Site,
  SiteDocument,
} from '../../src/shared/contract/documents.ts';
import * as files from '../../src/shared/urls/data-files.ts';
import { mapLimit } from '../lib/pool.ts';
import { type Collect, checkCategories, checkContacts } from './check-export.ts';
import { compare, issueMessage, issuePath, SHAPES, type Shape } from './strict.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export class ExportError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    if (problems.length > shown.length)
      shown.push(`… và ${problems.length - shown.length} lỗi khác`);
    super(`Bản xuất không hợp lệ (${problems.length} lỗi):\n${shown.join('\n')}`);
    this.name = 'ExportError';
    this.problems = problems;
  }
}

export function formatProblem({ file, field, message }: Problem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

export interface ValidExport {
  site: Site;
  categories: Category[];
  contacts: Contacts;
  articles: Article[];
  /** The export file each article came from (for messages), by article index. */
  articleFiles: string[];
}

type Read = { value: unknown } | { problem: string };

/** A symbolic link is never followed (CONTRACT.md §8 v3): its target is not the export's. */
const LINK = 'là liên kết tượng trưng (symlink), không phải tệp thường — không đọc theo liên kết';

/** The text of a regular file, opened without following a link (ELOOP: it is one). */
async function readPlainText(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    if (!(await handle.stat()).isFile()) throw Object.assign(new Error(), { code: 'ENOTFILE' });
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

async function readJson(inDir: string, file: string): Promise<Read> {
  let text: string;
  try {
    text = await readPlainText(path.join(inDir, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: LINK };
    if (code === 'ENOTFILE') return { problem: 'không phải tệp thường' };
    return { problem: code === 'ENOENT' ? 'thiếu tệp' : `không đọc được tệp (${code})` };
  }
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    return { problem: `không phải JSON hợp lệ: ${(error as Error).message}` };
  }
}

/** The parsed value, or undefined after recording why not (in call order: deterministic). */
function takeValue(read: Read, file: string, collect: Collect): unknown {
  if ('problem' in read) {
    collect(file, '', read.problem);
    return undefined;
  }
  return read.value;
}

function parseStrict<TSchema extends v.GenericSchema>(
  schema: TSchema,
  shape: Shape,
  input: unknown,
  file: string,
  collect: Collect,
): v.InferOutput<TSchema> | undefined {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    for (const issue of result.issues) collect(file, issuePath(issue), issueMessage(issue));
    return undefined;
  }
  let clean = true;
  compare(input, result.output, shape, '', (field, message) => {
    clean = false;
    collect(file, field, message);
  });
  return clean ? result.output : undefined;
}

export async function readExport(inDir: string): Promise<ValidExport> {
  const problems: Problem[] = [];
  const collect: Collect = (file, field, message) => {
    problems.push({ file, field, message });
  };

  const [siteRead, categoriesRead, contactsRead] = await Promise.all(
    [files.site(), files.categories(), files.contacts()].map((file) => readJson(inDir, file)),
  );
  const siteInput = takeValue(siteRead as Read, files.site(), collect);
  const categoriesInput = takeValue(categoriesRead as Read, files.categories(), collect);
  const contactsInput = takeValue(contactsRead as Read, files.contacts(), collect);
  const site =
    siteInput === undefined
      ? undefined
      : parseStrict(SiteDocument, SHAPES.site, siteInput, files.site(), collect);
  const categoriesDoc =
    categoriesInput === undefined
      ? undefined
      : parseStrict(
          CategoriesDocument,
          SHAPES.categories,
          categoriesInput,
          files.categories(),
          collect,
        );
  const contacts =
    contactsInput === undefined
      ? undefined
      : parseStrict(ContactsDocument, SHAPES.contacts, contactsInput, files.contacts(), collect);
  if (categoriesDoc) checkCategories(categoriesDoc.categories, collect);
  if (contacts) checkContacts(contacts, collect);

  let names: string[] = [];
  try {
    if ((await lstat(path.join(inDir, files.ARTICLES))).isSymbolicLink()) {
      collect(`${files.ARTICLES}/`, '', LINK);
    } else {
      const entries = await readdir(path.join(inDir, files.ARTICLES), { withFileTypes: true });
      names = entries
        .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
        .map((entry) => entry.name)
        .sort();
      // A link among the articles is named, not skipped in silence nor read through.
      for (const entry of entries) {
        if (entry.isSymbolicLink()) collect(`${files.ARTICLES}/${entry.name}`, '', LINK);
      }
    }
  } catch {
    collect(`${files.ARTICLES}/`, '', 'thiếu thư mục bài viết');
  }
  // Bounded: 20 000 files opened at once would run out of file descriptors.
  const reads = await mapLimit(names, 64, (name) => readJson(inDir, `${files.ARTICLES}/${name}`));

  const categorySlugs = new Set(categoriesDoc?.categories.map((c) => c.slug));
  const articles: Article[] = [];
  const articleFiles: string[] = [];
  const fileOfId = new Map<string, string>();
  reads.forEach((read, i) => {
    const file = `${files.ARTICLES}/${names[i]}`;
    const input = takeValue(read, file, collect);
    if (input === undefined) return;
    // `related` is the generator's to compute: whatever the export says is ignored.
    const own =
      typeof input === 'object' && input !== null && 'related' in input
        ? { ...(input as Record<string, unknown>), related: undefined }
        : input;
    const article = parseStrict(ArticleDocument, SHAPES.article, own, file, collect);
    if (!article) return;
    const first = fileOfId.get(article.id);
    if (first !== undefined) {
      collect(file, 'id', `"${article.id}" trùng với ${first}`);
      return;
    }
    fileOfId.set(article.id, file);
    if (categoriesDoc && !categorySlugs.has(article.category)) {
      collect(
        file,
        'category',
        `không có danh mục "${article.category}" trong ${files.categories()}`,
      );
    }
    articles.push(article);
    articleFiles.push(file);
  });

  if (problems.length > 0 || !site || !categoriesDoc || !contacts) throw new ExportError(problems);
  return { site, categories: categoriesDoc.categories, contacts, articles, articleFiles };
}
