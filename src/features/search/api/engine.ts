/**
 * The page's side of search: asks our search worker (search.worker.ts) for one page of results.
 * Loaded by the /search page only, never with the app. One worker per visit, so a second query
 * reuses the chunks, and paging the searches, that the first ones fetched and ran.
 */
import { apiUrl } from '../../../shared/config';
import { scriptUrl } from '../../../shared/security/script-url';
import * as files from '../../../shared/urls/data-files';
import { pagefindLoader } from './pagefind-loader';
// The worker's built file as a URL (not `new Worker(new URL(…))`, which Vite must see verbatim):
// under Trusted Types it goes through `scriptUrl` first.
import workerUrl from './search.worker.ts?worker&url';
import { createSearcher, type PageAnswer, type PageRequest } from './searcher';
import type { FromWorker, SearchWorker } from './worker-protocol';

const base = () => apiUrl(`${files.SEARCH}/`);

type Pending = { resolve(answer: PageAnswer): void; reject(error: Error): void };
let worker: SearchWorker | undefined;
let broken = false;
let nextId = 0;
const pending = new Map<number, Pending & { request: PageRequest }>();

// Where a worker cannot start (no Worker, a policy forbids it, its file is gone), the same code
// runs in the page: slower for a word in every article, but search still works.
let inPage: ReturnType<typeof createSearcher> | undefined;
function fallback() {
  inPage ??= createSearcher(pagefindLoader(base));
  return inPage;
}

function getWorker(): SearchWorker | undefined {
  if (broken || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(scriptUrl(workerUrl), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if ('answer' in data) waiting?.resolve(data.answer);
    else waiting?.reject(new Error(data.error));
  });
  worker.addEventListener('error', () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      fallback().page(waiting.request).then(waiting.resolve, waiting.reject);
    }
  });
  return worker;
}

/** The number of results and one page of them (Pagefind's data, unchecked). */
export function searchPage(request: PageRequest): Promise<PageAnswer> {
  const target = getWorker();
  if (!target) return fallback().page(request);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, request });
    target.postMessage({ kind: 'page', id, base: base(), request });
  });
}

let prepareTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * While the reader types on /search, after a pause of 200 ms: fetch the index chunks of what is
 * typed so far, rank it and read its first page, so that pressing "Tìm" finds it all done.
 */
export function prepareQuery(prepared: PageRequest): void {
  clearTimeout(prepareTimer);
  if (!prepared.query.trim()) return;
  prepareTimer = setTimeout(() => {
    const target = getWorker();
    if (target) target.postMessage({ kind: 'prepare', base: base(), request: prepared });
    else fallback().prepare(prepared);
  }, 200);
}
