/**
 * Search figures (issue 10, CONTRACT.md §4) for a data folder:
 *
 *   npx tsx scripts/bench/search.ts --api DIR [--no-build]
 *
 * 1. rebuilds DIR/search with the project's builder under /usr/bin/time: wall time and peak
 *    memory (max RSS of the largest process, the Pagefind binary);
 * 2. the index's size and file count;
 * 3. bytes a reader downloads per query, with Pagefind's own client (scripts/search/node-client),
 *    cold (first query of a visit: client, worker, wasm, metadata, chunks, 10 results' data)
 *    and warm (the same query type after another query in the same visit).
 * Prints a Markdown table and, last, one line of JSON for scripts/bench/run.mjs.
 */
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from '../lib/args.ts';
import { openIndex } from '../search/node-client.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A word in one article of a corpus made by make-corpus (titles end in "(n)"), one in all, three. */
const QUERIES = { rare: '137', common: 'phuong', 'three words': 'ho tich chung thuc' };
const WARM_AFTER = 'thong bao';

async function build(apiDir: string) {
  const { stderr } = await promisify(execFile)(
    '/usr/bin/time',
    [
      '-f',
      'BENCH %e %M',
      path.join(ROOT, 'node_modules/.bin/tsx'),
      'scripts/build-search.ts',
      '--api',
      apiDir,
    ],
    { cwd: ROOT, maxBuffer: 64 << 20, timeout: 900_000 },
  );
  const [, seconds, kb] = /BENCH ([\d.]+) (\d+)/.exec(stderr) ?? [];
  return { seconds: Number(seconds), peakMB: Math.round(Number(kb) / 1024) };
}

async function size(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function queryBytes(searchDir: string) {
  const out: Record<string, { results: number; coldKB: number; warmKB: number; warmMs: number }> =
    {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const cold = await openIndex(searchDir);
    const first = await cold.search(query, { limit: 10 });
    const coldBytes = cold.bytes();
    await cold.close();
    const warm = await openIndex(searchDir);
    await warm.search(WARM_AFTER, { limit: 10 });
    warm.resetBytes();
    const started = performance.now();
    await warm.search(query, { limit: 10 });
    const warmMs = performance.now() - started;
    const warmBytes = warm.bytes();
    await warm.close();
    out[`${name} «${query}»`] = {
      results: first.total,
      coldKB: Math.round(coldBytes / 1024),
      warmKB: Math.round(warmBytes / 1024),
      warmMs: Math.round(warmMs),
    };
  }
  return out;
}

async function main() {
  const args = parseArgs(
    process.argv.slice(2).filter((a) => a !== '--no-build'),
    ['api'],
  );
  const apiDir = path.resolve(args.get('api') ?? '');
  const built = process.argv.includes('--no-build') ? undefined : await build(apiDir);
  const index = await size(path.join(apiDir, 'search'));
  const queries = await queryBytes(path.join(apiDir, 'search'));
  console.log(`\n### Search: ${apiDir}\n`);
  if (built) console.log(`build: ${built.seconds} s, peak ${built.peakMB} MB`);
  console.log(`index: ${index.files} files, ${(index.bytes / 1e6).toFixed(1)} MB\n`);
  console.log('| query | results | cold kB | warm kB | warm ms (Node, no throttling) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, q] of Object.entries(queries)) {
    console.log(`| ${name} | ${q.results} | ${q.coldKB} | ${q.warmKB} | ${q.warmMs} |`);
  }
  console.log(JSON.stringify({ build: built, index, queries }));
}

await main();
