import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sourceOf } from '../../src/app/route-table.ts';
import { type PageResult, PageWriter, type WriterOptions } from './page-writer.ts';

/** Below this, starting a process costs more than it saves. */
const IN_PROCESS = 200;

/**
 * Each drawing process's heap. Measured on the 2 000-article corpus: capped at 256 MB a
 * process draws as fast as uncapped and peaks at 391 MB instead of 697 MB (V8 otherwise grows
 * the heap rather than collect). 384 leaves room for a large article.
 */
const CHILD_HEAP_MB = 384;

/** Pages each process draws at once (rendering waits on files). */
const LANES = 4;

export interface DrawReport {
  results: PageResult[];
  /** The drawing processes' peak memory added up, in kB (0 when drawn in this process). */
  childrenPeakKb: number;
}

export interface DrawOptions {
  warn?: (message: string) => void;
  /** Processes to draw in (default: PAGES_PROCESSES, else one per core for many pages). */
  processes?: number;
  /** The drawing process's script (tests stand in their own). */
  worker?: URL;
}

/** What a drawing process says: ready, a page started, a page done, all done. */
export type WorkerMessage =
  | { ready: true }
  | { start: string }
  | { result: PageResult }
  | { done: true; maxRssKb: number };

/**
 * The data file a page is drawn from, to name it when its drawing process dies: its route's
 * own file (the manifest's `data` with the URL's params), else the URL.
 */
export function pageSource(url: string): string {
  return sourceOf(url) ?? url;
}

/**
 * Draws `urls` on every CPU: one process per core, each with its own copy of the app and of
 * the files it reads, pages dealt out in turn (neighbouring URLs read neighbouring files).
 * Processes, not worker threads: on 2 vCPUs two threads drew only ~1.1× faster than one
 * (they share one heap's allocator and GC), two processes 1.4–1.6× (2 000 and 20 000
 * articles). A process that dies (out of memory on a huge page, a crash) is named with the
 * pages it was drawing; the rest of its share is drawn by a new one, and the pages it was
 * drawing one at a time, so that the page that kills a process is skipped and named. A process
 * that dies before drawing anything (the app cannot load) fails the run.
 */
export async function drawPages(
  options: WriterOptions,
  urls: string[],
  draw: DrawOptions = {},
): Promise<DrawReport> {
  if (urls.length === 0) return { results: [], childrenPeakKb: 0 };
  // PAGES_PROCESSES=N: exactly N processes (1: none), however few the pages.
  const asked = draw.processes ?? Number(process.env.PAGES_PROCESSES);
  const count = asked
    ? Math.min(asked, urls.length)
    : Math.min(availableParallelism(), Math.ceil(urls.length / IN_PROCESS));
  if (count <= 1 && !draw.worker) {
    return { results: await (await PageWriter.open(options)).writeAll(urls), childrenPeakKb: 0 };
  }
  const shares = Array.from({ length: count }, (_, i) => urls.filter((_, j) => j % count === i));
  const children = new Set<ChildProcess>();
  const spawn: Spawn = (share, lanes) => runChild(options, share, lanes, draw.worker, children);
  const warn = draw.warn ?? ((message: string) => console.warn(`cảnh báo: ${message}`));
  const answers = await Promise.all(shares.map((share) => drawShare(share, spawn, warn))).catch(
    (error: unknown) => {
      for (const child of children) child.kill();
      throw error;
    },
  );
  return {
    results: answers.flatMap((a) => a.results),
    childrenPeakKb: answers.reduce((sum, a) => sum + a.peakKb, 0),
  };
}

interface ChildRun {
  results: PageResult[];
  maxRssKb: number;
  /** Set when the process died before it was done. */
  death?: { reason: string; started: string[] };
}
type Spawn = (urls: string[], lanes: number) => Promise<ChildRun>;

/** One share of the pages, redrawing around a process that dies. */
async function drawShare(urls: string[], spawn: Spawn, warn: (message: string) => void) {
  const results: PageResult[] = [];
  let peakKb = 0;
  let pending = urls;
  let suspects: string[] = [];
  while (pending.length > 0 || suspects.length > 0) {
    const alone = pending.length === 0;
    const batch = alone ? suspects : pending;
    const run = await spawn(batch, alone ? 1 : LANES);
    results.push(...run.results);
    peakKb = Math.max(peakKb, run.maxRssKb);
    const finished = new Set(run.results.map((r) => r.url));
    const left = batch.filter((url) => !finished.has(url));
    if (!run.death) {
      if (alone) suspects = [];
      else pending = [];
      continue;
    }
    const { reason, started } = run.death;
    const drawing = started.filter((url) => !finished.has(url));
    if (alone) {
      // One page at a time, in order: the one it said it started, else the first not finished.
      const culprit = (drawing[0] ?? left[0]) as string;
      results.push({
        url: culprit,
        faults: [`${pageSource(culprit)}: tiến trình vẽ trang ${culprit} đã dừng (${reason})`],
      });
      suspects = left.filter((url) => url !== culprit);
    } else {
      warn(
        `một tiến trình vẽ trang đã dừng (${reason}) khi đang vẽ ${drawing.join(', ') || '?'}` +
          ' — vẽ lại phần còn lại, các trang ấy từng trang một',
      );
      // The pages it was drawing (all it had left, when it never said) are drawn alone.
      const suspect = new Set(drawing.length > 0 ? drawing : left);
      suspects.push(...left.filter((url) => suspect.has(url)));
      pending = left.filter((url) => !suspect.has(url));
    }
  }
  return { results, peakKb };
}

function runChild(
  options: WriterOptions,
  urls: string[],
  lanes: number,
  worker: URL | undefined,
  children: Set<ChildProcess>,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    // worker.mjs registers tsx itself, so the child needs none of this process's flags.
    const child = fork(fileURLToPath(worker ?? new URL('./worker.mjs', import.meta.url)), [], {
      execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    children.add(child);
    const results: PageResult[] = [];
    const started: string[] = [];
    let ready = false;
    let maxRssKb: number | undefined;
    child.on('message', (message: WorkerMessage) => {
      if ('ready' in message) ready = true;
      else if ('start' in message) started.push(message.start);
      else if ('result' in message) results.push(message.result);
      else maxRssKb = message.maxRssKb;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      children.delete(child);
      if (maxRssKb !== undefined) return resolve({ results, maxRssKb });
      const reason = `${signal ?? code}`;
      if (!ready) {
        return reject(new Error(`một tiến trình vẽ trang đã dừng trước khi vẽ (${reason})`));
      }
      resolve({ results, maxRssKb: 0, death: { reason, started } });
    });
    child.send({ options, urls, lanes });
  });
}
