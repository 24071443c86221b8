/**
 * Search index builder (../shared/spec/CONTRACT.md §4): a data folder as served → DIR/search/.
 *
 *   npm run build:search -- --api DIR
 *
 * The static-API generator (scripts/build-api.ts) runs it as its last step. Exit codes: 0 built
 * (possibly with warnings for skipped articles), 1 the folder cannot be used, 2 bad arguments.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from './lib/args.ts';
import { type OnRead, openSource, SearchSourceError } from './search/read-source.ts';
import { type TextCache, writeIndex } from './search/write-index.ts';

export { SearchSourceError } from './search/read-source.ts';

export interface BuildSearchResult {
  articles: number;
  warnings: string[];
  files: number;
  bytes: number;
  /** The index files hard-linked from `linkFrom`. */
  linked: string[];
}

export async function buildSearch(
  apiDir: string,
  warn: (message: string) => void = (message) => console.warn(`Cảnh báo: ${message}`),
  /** Told every data file read (publish records them, to know when to build again). */
  onRead?: OnRead,
  /** Articles' texts from an earlier build (publish keeps them), see writeIndex. */
  cache?: TextCache,
  /** An index built before whose identical files are linked, not written (see writeIndex). */
  linkFrom?: string,
): Promise<BuildSearchResult> {
  const dir = path.resolve(apiDir);
  const warnings: string[] = [];
  const source = await openSource(
    dir,
    (message) => {
      warnings.push(message);
      warn(message);
    },
    onRead,
  );
  const written = await writeIndex(
    path.join(dir, 'search'),
    source.articles,
    source.categories,
    cache,
    linkFrom,
  );
  const { records, ...rest } = written;
  return { articles: records, warnings, ...rest };
}

const USAGE = 'Cách dùng: npm run build:search -- --api THƯ_MỤC_API';

async function main(argv: string[]): Promise<number> {
  let apiDir: string | undefined;
  try {
    apiDir = parseArgs(argv, ['api']).get('api');
    if (!apiDir) throw new Error('cần --api');
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const result = await buildSearch(apiDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `Chỉ mục tìm kiếm: ${result.articles} bài → ${result.files} tệp ` +
        `(${(result.bytes / 1e6).toFixed(1)} MB) trong ${path.join(apiDir, 'search')}, ${seconds} s` +
        (result.warnings.length ? `, bỏ qua ${result.warnings.length} mục lỗi` : ''),
    );
    return 0;
  } catch (error) {
    const message = (error as Error).message;
    console.error(
      error instanceof SearchSourceError
        ? `Không dựng được chỉ mục tìm kiếm: ${message}`
        : `Lỗi: ${message}`,
    );
    return 1;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  process.exitCode = await main(process.argv.slice(2));
}
