/**
 * The search worker: Pagefind's client runs here, off the page's thread, and only a page of
 * results comes back (see searcher.ts). Messages: { id, base, request } → { id, answer } or
 * { id, error }; { base, prepare } has no answer.
 */
import { pagefindLoader } from './pagefind-loader';
import { createSearcher, type PageRequest } from './searcher';

let base = '';
const searcher = createSearcher(pagefindLoader(() => base));

type Message =
  | { id: number; base: string; request: PageRequest }
  | { base: string; prepare: PageRequest };

// Typed by hand: the app's TypeScript program has the DOM's globals, not a worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data }) => {
  base = data.base;
  if ('prepare' in data) {
    searcher.prepare(data.prepare);
    return;
  }
  searcher.page(data.request).then(
    (answer) => scope.postMessage({ id: data.id, answer }),
    (error: unknown) => scope.postMessage({ id: data.id, error: String(error) }),
  );
};
