/**
 * Search figures (issue 10, CONTRACT.md §4) for a data folder:
 *
 *   npx tsx scripts/bench/search.ts --api DIR [--no-build]
 *
 * 1. rebuilds DIR/search with the project's builder: wall time and peak memory of the largest
 *    process (the Pagefind binary);
 * 2. the index's size and file count;
 * 3. bytes a reader downloads per query, with Pagefind's own client (scripts/search/node-client),
 *    cold (first query of a visit: client, wasm, metadata, chunks, 10 results' data)
 *    and warm (the same query type after another query in the same visit).
 * Prints a Markdown table and, last, one line of JSON for scripts/bench/run.mjs.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openIndex } from '../search/node-client.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A word in one article of a corpus made by make-corpus (titles end in "(n)"), one in all, three. */
const QUERIES = { rare: '137', common: 'phuong', 'three words': 'ho tich ben' };
const WARM_AFTER = 'thong bao';

/** Peak resident memory (VmHWM, kB) of `root` and each of its descendants, read from /proc. */
async function peaks(root: number, seen: Map<number, number>): Promise<void> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(Number(name), ppid);
  }
  const within = (pid: number) => {
    for (let at = pid, hops = 0; at > 1 && hops < 20; at = parents.get(at) ?? 0, hops++) {
      if (at === root) return true;
    }
    return false;
  };
  for (const pid of parents.keys()) {
    if (!within(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    seen.set(pid, Math.max(seen.get(pid) ?? 0, kb));
  }
}

/**
 * Wall time, and the peak memory of the largest process (the Pagefind binary, not Node: it
 * holds the whole index while writing it), sampled from /proc every 200 ms (Linux only).
 */
async function build(apiDir: string) {
  const started = performance.now();
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/build-search.ts', '--api', apiDir],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const seen = new Map<number, number>();
  const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let code: number | null | undefined;
  done.then((c) => {
    code = c;
  });
  while (code === undefined) {
    if (child.pid) await peaks(child.pid, seen);
    await Promise.race([done, new Promise((r) => setTimeout(r, 200))]);
  }
  if (code !== 0) throw new Error(`build-search exited with ${code}`);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return { seconds, peakMB: Math.round(Math.max(0, ...seen.values()) / 1024) };
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
  const { values } = parseArgs({
    options: {
      api: { type: 'string', default: '' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const apiDir = path.resolve(values.api);
  const built = values['no-build'] ? undefined : await build(apiDir);
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
