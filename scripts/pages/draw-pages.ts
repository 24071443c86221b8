import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type PageResult, PageWriter, type WriterOptions } from './page-writer.ts';

/** Below this, starting threads costs more than it saves. */
const IN_PROCESS = 200;

/**
 * Draws `urls` on every CPU: one thread per core, each with its own copy of the app and of
 * the files it reads, pages dealt out in turn (neighbouring URLs read neighbouring files).
 */
export async function drawPages(options: WriterOptions, urls: string[]): Promise<PageResult[]> {
  if (urls.length === 0) return [];
  const cores = Number(process.env.PAGES_THREADS) || availableParallelism();
  const threads = Math.min(cores, Math.ceil(urls.length / IN_PROCESS));
  if (threads <= 1) return (await PageWriter.open(options)).writeAll(urls);
  const shares = Array.from({ length: threads }, (_, i) =>
    urls.filter((_, j) => j % threads === i),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<PageResult[]>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
            workerData: { options, urls: share },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`build:pages: a drawing thread stopped (${code})`));
          });
        }),
    ),
  );
  return results.flat();
}
