/**
 * Pagefind's own browser client (DIR/search/pagefind.js), run in Node against a built index
 * over a local HTTP server that counts the bytes it serves: the build tests query the real
 * index with the real engine, and the bench measures what a query costs to download.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { recordFields } from '../../src/shared/search/record.ts';
import { fromEngineText, toEngineText } from '../../src/shared/search/vi-text.ts';

export interface EngineResult {
  id: string;
  title: string;
  date: string;
  category: string;
  content: string;
  score: number;
}

export interface EngineClient {
  /** Every result, best first (or as sorted), with its data. */
  search(
    query: string,
    options?: { category?: string; newest?: boolean; limit?: number },
  ): Promise<{ total: number; results: EngineResult[] }>;
  /** Bytes served since the client opened (or since the last `resetBytes`). */
  bytes(): number;
  resetBytes(): void;
  close(): Promise<void>;
}

interface Pagefind {
  options(o: object): Promise<void>;
  search(
    q: string,
    o?: object,
  ): Promise<{
    results: {
      score: number;
      data(): Promise<unknown>;
    }[];
  } | null>;
}

/**
 * Bytes on the wire: the index files (pf_*, wasm) are gzip already and served as they are; the
 * scripts and JSON are counted gzipped, as any static server or CDN compresses them.
 */
function transferSize(file: string, body: Buffer): number {
  return /\.(js|json)$/.test(file) ? gzipSync(body, { level: 9 }).byteLength : body.byteLength;
}

export async function openIndex(searchDir: string): Promise<EngineClient> {
  let served = 0;
  const server = createServer(async (request, response) => {
    const file = path.join(
      searchDir,
      decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname),
    );
    try {
      const body = await readFile(file);
      served += transferSize(file, body);
      if (file.endsWith('.pagefind')) response.setHeader('content-type', 'application/wasm');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // A fresh copy per client: each is a cold start with its own module state.
  const temp = await mkdtemp(path.join(tmpdir(), 'pagefind-client-'));
  const copy = path.join(temp, 'pagefind.mjs');
  await copyFile(path.join(searchDir, 'pagefind.js'), copy);
  // What a browser downloads before its first query: the client, imported by the app's own
  // search worker (~0.8 kB, part of the app), imported here. Pagefind's `pagefind-worker.js`
  // is never fetched: inside a worker, Pagefind searches in that worker.
  served += transferSize('pagefind.js', await readFile(copy));
  const engine = (await import(pathToFileURL(copy).href)) as Pagefind;
  await engine.options({ basePath: `http://127.0.0.1:${port}/` });

  return {
    async search(query, { category, newest, limit = Number.POSITIVE_INFINITY } = {}) {
      const found = await engine.search(toEngineText(query), {
        ...(category ? { filters: { category } } : {}),
        ...(newest ? { sort: { date: 'desc' } } : {}),
      });
      const all = found?.results ?? [];
      const results = await Promise.all(
        all.slice(0, limit).map(async (result) => {
          const data = recordFields(await result.data());
          return {
            id: String(data.id),
            title: fromEngineText(String(data.title)),
            date: String(data.date),
            category: String(data.category),
            content: String(data.content),
            score: result.score,
          };
        }),
      );
      return { total: all.length, results };
    },
    bytes: () => served,
    resetBytes: () => {
      served = 0;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(temp, { recursive: true, force: true });
    },
  };
}
