/**
 * The one message type each way between the /search page (engine.ts) and the search worker
 * (search.worker.ts): both sides import it, so a change to one side fails the typecheck of
 * the other. Comlink would give the same with proxies, for ~1.1 kB gzip more on /search.
 */
import type { PageAnswer, PageRequest } from './searcher';

/** `page` is answered by the same `id`; `prepare` warms the worker up and has no answer. */
export type ToWorker =
  | { kind: 'page'; id: number; base: string; request: PageRequest }
  | { kind: 'prepare'; base: string; request: PageRequest };

/** An error crosses as its message: any failure reads as "search unavailable" on the page. */
export type FromWorker = { id: number; answer: PageAnswer } | { id: number; error: string };

/** The worker's global scope, typed by hand: the app's program has the DOM's globals. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

/** The page's handle on the worker, with the protocol's types instead of `any`. */
export interface SearchWorker extends Omit<Worker, 'postMessage'> {
  postMessage(message: ToWorker): void;
}
