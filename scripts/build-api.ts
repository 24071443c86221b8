/**
 * Static-API generator: export folder → contract tree (../shared/spec/CONTRACT.md §1).
 *
 *   npm run build:api -- --in EXPORT --out DIR [--page-size 10] [--related 3] [--site-url URL]
 *   npx tsx scripts/build-api.ts --in EXPORT --out DIR
 *
 * Reads site.json, categories.json, contacts.json and articles/*.json; validates them strictly
 * with the app's own contract schemas; writes DIR all-or-nothing, Atom feeds (feeds/) included.
 * See data/README.md.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as dataFiles from '../src/shared/urls/data-files.ts';
import { buildTree } from './api/build-tree.ts';
import { ExportError, readExport } from './api/read-export.ts';
import { writeTreeAtomically } from './api/write-tree.ts';
import { renderFeeds } from './build-feeds.ts';
import { type BuildSearchResult, buildSearch } from './build-search.ts';
import { intArg, parseArgs } from './lib/args.ts';
import { baseUrl } from './lib/site-url.ts';

export { ExportError } from './api/read-export.ts';

export interface BuildApiOptions {
  inDir: string;
  outDir: string;
  /** Articles per category page (default 10). */
  pageSize?: number;
  /** Related articles per article (default 3). */
  related?: number;
  /** The portal's public URL for the feeds' links (default DEFAULT_SITE_URL). */
  siteUrl?: string;
  /**
   * Also build the search index (DIR/search/), inside the same all-or-nothing write: the tree
   * is swapped in only once its index is built (the command line always does).
   */
  search?: boolean;
  /** A tree built before (the live release's): files with the same bytes are linked from it. */
  reuseFrom?: string;
}

/** Where `npm start` serves the sample data: right for it, wrong for any real deployment. */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';

export interface BuildApiResult {
  articles: number;
  categories: number;
  files: number;
  bytes: number;
  /** The search index, when asked for. */
  search?: BuildSearchResult;
  /** Files linked from `reuseFrom`, unchanged. */
  reused: number;
  /**
   * Each file written (relative to outDir) → sha1 of its bytes, as `build:pages` hashes the data
   * files it reads: publish hands them to the pages step, which then reads none of them again
   * just to learn that they did not change.
   */
  hashes: Map<string, string>;
}

/**
 * Compact JSON plus a trailing newline. On the 20 000-article corpus 2-space indentation adds
 * 11 % to the bytes (83 → 92 MB) for no reader: the app parses them, IT staff copy them to
 * servers that may not compress, and `jq .` pretty-prints one when a person needs to look.
 */
export function serialize(document: unknown): string {
  return `${JSON.stringify(document)}\n`;
}

/** True when `child` is `parent` or inside it. */
function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || !(relative.startsWith('..') || path.isAbsolute(relative));
}

export async function buildApi(options: BuildApiOptions): Promise<BuildApiResult> {
  const pageSize = options.pageSize ?? 10;
  const related = options.related ?? 3;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error('pageSize phải ≥ 1');
  if (!Number.isInteger(related) || related < 0) throw new Error('related phải ≥ 0');
  const inDir = path.resolve(options.inDir);
  const outDir = path.resolve(options.outDir);
  if (isWithin(inDir, outDir) || isWithin(outDir, inDir)) {
    throw new Error('--out không được trùng, nằm trong hay chứa thư mục --in');
  }

  const data = await readExport(inDir);
  const tree = buildTree(data, { pageSize, related });
  const files = new Map<string, string>();
  const hashes = new Map<string, string>();
  let bytes = 0;
  for (const [file, document] of tree) {
    const text = serialize(document);
    bytes += Buffer.byteLength(text);
    files.set(file, text);
    hashes.set(file, createHash('sha1').update(text).digest('hex'));
  }
  // The feeds step reads the finished tree as it will be served (here from memory, so that
  // the feeds land in the same all-or-nothing write as the rest).
  const feeds = await renderFeeds(async (file) => files.get(file), {
    siteUrl: options.siteUrl ?? DEFAULT_SITE_URL,
  });
  for (const warning of feeds.warnings) console.warn(`Cảnh báo (tin Atom): ${warning}`);
  for (const [name, text] of feeds.files) {
    bytes += Buffer.byteLength(text);
    files.set(`${dataFiles.FEEDS}/${name}`, text);
  }
  let search: BuildSearchResult | undefined;
  const reused = await writeTreeAtomically(
    outDir,
    files,
    async (temp) => {
      if (options.search) search = await buildSearch(temp);
    },
    { reuseFrom: options.reuseFrom },
  );
  return {
    search,
    articles: data.articles.length,
    categories: data.categories.length,
    files: files.size,
    bytes,
    reused,
    hashes,
  };
}

const USAGE =
  'Cách dùng: npm run build:api -- --in THƯ_MỤC_XUẤT --out THƯ_MỤC_API [--page-size 10] [--related 3] [--site-url URL]';

async function main(argv: string[]): Promise<number> {
  let options: BuildApiOptions;
  try {
    const args = parseArgs(argv, ['in', 'out', 'page-size', 'related', 'site-url']);
    const inDir = args.get('in');
    const outDir = args.get('out');
    if (!inDir || !outDir) throw new Error('cần --in và --out');
    options = {
      inDir,
      outDir,
      pageSize: intArg(args, 'page-size', 10, 1),
      related: intArg(args, 'related', 3, 0),
      siteUrl: baseUrl(args.get('site-url') ?? DEFAULT_SITE_URL, '--site-url').href,
      search: true,
    };
    if (!args.has('site-url')) {
      console.warn(`Không có --site-url: liên kết trong tin Atom trỏ tới ${DEFAULT_SITE_URL}`);
    }
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const result = await buildApi(options);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `${result.articles} bài, ${result.categories} danh mục → ${result.files} tệp ` +
        `(${(result.bytes / 1e6).toFixed(1)} MB) trong ${options.outDir}, ${seconds} s`,
    );
    // The search index (CONTRACT.md §4) was built from the tree as it will be served, before
    // the swap: a failure there leaves the previous output in place.
    if (result.search) {
      console.log(
        `Chỉ mục tìm kiếm: ${result.search.articles} bài → ${result.search.files} tệp trong ${dataFiles.SEARCH}/`,
      );
    }
    return 0;
  } catch (error) {
    console.error(
      error instanceof ExportError ? error.message : `Lỗi: ${(error as Error).message}`,
    );
    return 1;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  process.exitCode = await main(process.argv.slice(2));
}
