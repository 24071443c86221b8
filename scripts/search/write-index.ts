/**
 * Builds the Pagefind index of the articles and puts it in place all-or-nothing: files go to a
 * temporary folder beside the target, which then replaces it, so a failed build leaves the
 * previous index (or none) and never half of one.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Article, Category } from '../../src/shared/contract/documents.ts';
import { recordUrl } from '../../src/shared/search/record.ts';
import { ENGINE_EXTRA_CHARACTERS, toEngineText } from '../../src/shared/search/vi-text.ts';
import { htmlToText } from '../lib/html-text.ts';
import { linkOrCopy } from '../lib/place-file.ts';
import { mapLimit } from '../lib/pool.ts';
import { refuseForeign, replaceFolder } from '../lib/replace-folder.ts';

// Pagefind's stock UIs and highlighter: the app renders results itself, so they are not shipped.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\b|^playground\//;

/** A category and its ancestors, so that filtering by a parent finds its descendants' articles. */
function lineage(slug: string, bySlug: Map<string, Category>): string[] {
  const out: string[] = [];
  for (let at: string | null | undefined = slug; at && !out.includes(at); ) {
    out.push(at);
    at = bySlug.get(at)?.parent;
  }
  return out;
}

/**
 * Pagefind packs words, sorted, into chunks of about this many word positions (its default is
 * 20 000), and a query fetches every chunk its words fall in. At 20 000 articles a chunk then
 * held a rare word beside the positions of a word in most articles: `tich` came in an 85 kB
 * chunk with `thuong` and `tiep`, so `ho tich ben` after `thong bao` fetched 109 kB. At 2 000 a
 * word in many articles mostly ends up alone, fetched only by queries for it: that query
 * fetches 28 kB, for ~230 more files and 3 kB more of metadata (docs/performance.md, Search).
 * Undocumented ("UNSTABLE") and read by the binary from its environment: pinned by
 * write-index.test.ts.
 */
export const INDEX_CHUNK_SIZE = 2000;

/** Records sent to Pagefind's binary ahead of its answers (see writeIndex). */
const IN_FLIGHT = 64;

/** Title, summary and body text, in that order: the search page strips the title back off. */
export function recordText(article: Article): string {
  return [article.title, article.summary ?? '', htmlToText(article.body)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * An article's text in the engine's form, by a hash of what it is made from: reading a body's
 * text (jsdom) is most of an index build's time, and a publish keeps these from the one before
 * (scripts/publish/steps-derived.ts), so that only changed articles are read again. A pure
 * function of the key: the index is the same with or without it.
 */
export type TextCache = Map<string, string>;

const textKey = (article: Article) =>
  createHash('sha1')
    .update(`${article.title}\0${article.summary ?? ''}\0${article.body}`)
    .digest('base64');

/**
 * Pagefind's files named by a hash of their bytes: in another index, a file of the same name
 * and size is the same file.
 */
export const HASHED = /^(index|fragment|filter)\/[\w-]+\.pf_\w+$|^pagefind\.[\w-]+\.pf_meta$/;

export async function writeIndex(
  target: string,
  /** In the order they go into the index; may still be being read. */
  articles: Iterable<Article> | AsyncIterable<Article>,
  categories: readonly Category[],
  /** Texts made before (read and filled in: afterwards it holds exactly these articles'). */
  cache?: TextCache,
  /**
   * An index built before (publish: the live release's): its files named by their bytes that
   * this index has too (same name, same size) are hard-linked from there, not written again.
   */
  linkFrom?: string,
): Promise<{ records: number; files: number; bytes: number; linked: string[] }> {
  const used: TextCache = new Map();
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  // The binary starts on createIndex (and stops on close) with this process's environment.
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  try {
    const created = await pagefind.createIndex({ includeCharacters: ENGINE_EXTRA_CHARACTERS });
    const index = created.index;
    if (!index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
    const send = async (article: Article) => {
      const key = textKey(article);
      const content = cache?.get(key) ?? toEngineText(recordText(article));
      used.set(key, content);
      const added = await index.addCustomRecord({
        url: recordUrl(article.id),
        content,
        language: 'vi',
        // Searchable, so only these two (src/shared/search/record.ts says why). The title is in
        // the engine's form, as the content: with a bare `đ` it matched `duong` only through the
        // body, and `đường` ranked below `dương`.
        meta: { title: toEngineText(article.title), date: article.publishedAt },
        // The article's own category first: the page reads it back from there.
        filters: { category: lineage(article.category, bySlug) },
        // UTC ISO strings sort as time does, whatever offset the data used.
        sort: { date: new Date(article.publishedAt).toISOString() },
      });
      if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    };
    // Up to IN_FLIGHT records sent ahead rather than each answer awaited before the next: the
    // binary takes its messages one at a time in the order written (the index is the same), and
    // always has the next one waiting — in a publish this process's event loop is shared with
    // the pages step, and each round trip through it kept the binary idle. The articles may
    // still be being read (buildSearch): the binary indexes the first ones meanwhile.
    const ahead: Promise<void>[] = [];
    let records = 0;
    for await (const article of articles) {
      const sent = send(article);
      sent.catch(() => {}); // awaited below, in turn
      ahead.push(sent);
      records++;
      if (ahead.length >= IN_FLIGHT) await ahead.shift();
    }
    await Promise.all(ahead);
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(`pagefind: ${built.errors.join('; ')}`);
    const files = built.files.filter((file) => !UNUSED.test(file.path));
    const linked = await replaceFolderWith(target, files, linkFrom);
    if (cache) {
      cache.clear();
      for (const [key, text] of used) cache.set(key, text);
    }
    return {
      records,
      files: files.length,
      bytes: files.reduce((sum, f) => sum + f.content.byteLength, 0),
      linked,
    };
  } finally {
    await pagefind.close();
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
  }
}

// What Pagefind writes (and older builds of ours kept): a search/ holding anything else was not
// written here, and is not deleted by replacing it, as the generator and the feeds refuse too.
const OWN = /^(pagefind[\w.-]*|wasm\.[\w-]+\.pagefind|index|fragment|filter|playground)$/;

/**
 * Writes `files` as the folder `target`, all or nothing; returns those linked from `linkFrom`.
 * A publish changes a few files of 20 000: writing them all again, one after another, and only
 * then linking the same ones took most of its index's time after Pagefind's own.
 */
async function replaceFolderWith(
  target: string,
  files: readonly { path: string; content: Uint8Array }[],
  linkFrom?: string,
): Promise<string[]> {
  await refuseForeign(target, (name) => OWN.test(name), 'chỉ mục tìm kiếm');
  const linked: string[] = [];
  await replaceFolder(target, async (temp) => {
    const folders = new Set(files.map((file) => path.dirname(file.path)));
    for (const dir of folders) await mkdir(path.join(temp, dir), { recursive: true });
    await mapLimit(files, 32, async (file) => {
      const full = path.join(temp, file.path);
      if (linkFrom && HASHED.test(file.path)) {
        const from = path.join(linkFrom, file.path);
        const info = await lstat(from).catch(() => null);
        if (info?.isFile() && info.size === file.content.byteLength) {
          await linkOrCopy(from, full);
          linked.push(file.path);
          return;
        }
      }
      await writeFile(full, file.content);
    });
  });
  return linked.sort();
}
