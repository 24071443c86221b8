/**
 * The search worker: Pagefind's client runs here, off the page's thread, and only a page of
 * results comes back (see searcher.ts). Its messages: worker-protocol.ts.
 */
import { pagefindLoader } from './pagefind-loader';
import { createSearcher } from './searcher';
import type { WorkerScope } from './worker-protocol';

let base = '';
const searcher = createSearcher(pagefindLoader(() => base));
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  base = data.base;
  if (data.kind === 'prepare') {
    searcher.prepare(data.request);
    return;
  }
  const { id } = data;
  searcher.page(data.request).then(
    (answer) => scope.postMessage({ id, answer }),
    (error: unknown) => scope.postMessage({ id, error: String(error) }),
  );
};
