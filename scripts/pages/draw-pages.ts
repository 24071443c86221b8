import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type PageResult, PageWriter, type WriterOptions } from './page-writer.ts';

/** Below this, starting a process costs more than it saves. */
const IN_PROCESS = 200;

/**
 * Each drawing process's heap. Measured on the 2 000-article corpus: capped at 256 MB a
 * process draws as fast as uncapped and peaks at 391 MB instead of 697 MB (V8 otherwise grows
 * the heap rather than collect). 384 leaves room for a large article.
 */
const CHILD_HEAP_MB = 384;

export interface DrawReport {
  results: PageResult[];
  /** The drawing processes' peak memory added up, in kB (0 when drawn in this process). */
  childrenPeakKb: number;
}

interface ChildAnswer {
  results: PageResult[];
  maxRssKb: number;
}

/**
 * Draws `urls` on every CPU: one process per core, each with its own copy of the app and of
 * the files it reads, pages dealt out in turn (neighbouring URLs read neighbouring files).
 * Processes, not worker threads: on 2 vCPUs two threads drew only ~1.1× faster than one
 * (they share one heap's allocator and GC), two processes 1.4–1.6× (2 000 and 20 000
 * articles). If one process fails, the others are stopped and the run fails; its record is
 * not written, so the next run draws every page again.
 */
export async function drawPages(options: WriterOptions, urls: string[]): Promise<DrawReport> {
  if (urls.length === 0) return { results: [], childrenPeakKb: 0 };
  // PAGES_PROCESSES=N: exactly N processes (1: none), however few the pages.
  const asked = Number(process.env.PAGES_PROCESSES);
  const count = asked
    ? Math.min(asked, urls.length)
    : Math.min(availableParallelism(), Math.ceil(urls.length / IN_PROCESS));
  if (count <= 1) {
    return { results: await (await PageWriter.open(options)).writeAll(urls), childrenPeakKb: 0 };
  }
  const shares = Array.from({ length: count }, (_, i) => urls.filter((_, j) => j % count === i));
  const children: ChildProcess[] = [];
  const answers = await Promise.all(
    shares.map((share) => drawInChild(options, share, children)),
  ).catch((error: unknown) => {
    for (const child of children) child.kill();
    throw error;
  });
  return {
    results: answers.flatMap((a) => a.results),
    childrenPeakKb: answers.reduce((sum, a) => sum + a.maxRssKb, 0),
  };
}

function drawInChild(
  options: WriterOptions,
  urls: string[],
  started: ChildProcess[],
): Promise<ChildAnswer> {
  return new Promise((resolve, reject) => {
    // worker.mjs registers tsx itself, so the child needs none of this process's flags.
    const child = fork(fileURLToPath(new URL('./worker.mjs', import.meta.url)), [], {
      execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    started.push(child);
    let answer: ChildAnswer | undefined;
    child.once('message', (message) => {
      answer = message as ChildAnswer;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (answer) resolve(answer);
      else reject(new Error(`build:pages: một tiến trình vẽ trang đã dừng (${signal ?? code})`));
    });
    child.send({ options, urls });
  });
}
