/**
 * What runs next to Pagefind's client, inside our search worker (search.worker.ts): it searches,
 * keeps the ranked list, and hands back only the count and the shown page's results.
 *
 * Why not Pagefind's own worker: its `search()` posts every matching page back to the page's
 * thread (20 915 objects, each with its word positions, for a word in every article), and the
 * page's thread then wraps each one; at 4× CPU that was ~160 ms of the 490 ms a common word
 * took, all for results nobody looks at. Here Pagefind runs in-thread (it does, where there is
 * no `window`) in a worker of ours, and nothing per matched page crosses to the page.
 */
import { fromEngineText } from '../../../shared/search/vi-text';
import { boundText } from '../lib/bound-text';
import { hasEveryTerm, queryTerms } from '../lib/excerpt';
import type { EngineSource } from './pagefind-loader';

/** The part of Pagefind's client (search/pagefind.js) used here. */
export interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  destroy?(): Promise<void>;
  preload(query: string, options?: object): Promise<void>;
  search(
    query: string,
    options?: object,
  ): Promise<{ results: { data(): Promise<unknown> }[] } | null>;
}

export interface PageRequest {
  /** Already in the engine's form (toEngineText). */
  query: string;
  category: string | null;
  newest: boolean;
  page: number;
  pageSize: number;
}

export interface PageAnswer {
  total: number;
  /**
   * Each shown result's record (unchecked): its url, meta, filters and text (boundText: what an
   * excerpt needs, not a 2 MB body). Nothing else of Pagefind's data crosses to the page.
   */
  data: unknown[];
  /** Whether the first shown result has every word of the query (see hasEveryTerm). */
  everyWord: boolean;
}

/** The engine failed, or an index file did not arrive whole: the answer cannot be trusted. */
export class IndexDamaged extends Error {
  override name = 'IndexDamaged';
}

/** A search without its page: what is ranked once and then paged through. */
type Ranking = Omit<PageRequest, 'page' | 'pageSize'>;

type Ranked = { data(): Promise<unknown> }[];

/**
 * Rankings kept: the one shown (paging), the previous one (Back), those prepared while typing.
 * Bounded by count and by results: Pagefind's results for a word in every article (20 915) take
 * ~20 MB of the worker's memory (with every word position), so at most ~30 MB are kept; the
 * newest is always kept.
 */
const KEPT = 4;
const KEPT_RESULTS = 30_000;

type Fragment = {
  url?: unknown;
  content?: unknown;
  meta?: { title?: unknown };
  filters?: unknown;
  locations?: unknown;
};

function slim(data: unknown): unknown {
  const { url, content, meta, filters, locations } = (data ?? {}) as Fragment;
  if (typeof content !== 'string') return { url, meta, filters };
  const title = typeof meta?.title === 'string' ? meta.title : '';
  const at = Array.isArray(locations) ? locations.filter((n) => typeof n === 'number') : [];
  return { url, meta, filters, content: boundText(content, title, at) };
}

export function createSearcher(source: EngineSource) {
  // Oldest first; sizes known once each search has finished.
  const ranked = new Map<string, Promise<Ranked>>();
  const sizes = new Map<string, number>();

  function trim() {
    let results = [...sizes.values()].reduce((sum, n) => sum + n, 0);
    for (const old of ranked.keys()) {
      if (ranked.size <= 1 || (ranked.size <= KEPT && results <= KEPT_RESULTS)) break;
      results -= sizes.get(old) ?? 0;
      ranked.delete(old);
      sizes.delete(old);
    }
  }

  function rank(request: Ranking): Promise<Ranked> {
    const key = JSON.stringify([request.query, request.category, request.newest]);
    let found = ranked.get(key);
    if (found) {
      ranked.delete(key); // most recently used last
    } else {
      found = (async () => {
        const engine = await source.load();
        const failed = source.failures();
        const result = await engine.search(request.query, {
          ...(request.category ? { filters: { category: request.category } } : {}),
          ...(request.newest ? { sort: { date: 'desc' } } : {}),
        });
        if (!result) throw new IndexDamaged('pagefind: no result');
        // A chunk or filter file that failed was skipped: the ranking lacks what it held.
        if (source.failures() > failed) throw new IndexDamaged('an index file failed to load');
        return result.results;
      })();
      const mine = found;
      found.then(
        (results) => {
          if (ranked.get(key) !== mine) return; // pushed out meanwhile
          sizes.set(key, results.length);
          trim();
        },
        // A failure (index missing, offline) is not kept: the next search tries again.
        () => {
          if (ranked.get(key) === mine) ranked.delete(key);
        },
      );
    }
    ranked.set(key, found);
    trim();
    return found;
  }

  const searcher = {
    /** The count and the data of one page of results (the only fragments fetched). */
    async page(request: PageRequest): Promise<PageAnswer> {
      try {
        const results = await rank(request);
        const from = (request.page - 1) * request.pageSize;
        const shown = results.slice(from, from + request.pageSize);
        const failed = source.failures();
        // A fragment that cannot be read fails the page: a count with an empty list would lie.
        const data = await Promise.all(shown.map((result) => result.data()));
        if (source.failures() > failed) throw new IndexDamaged('a fragment failed to load');
        const witness = (data[0] as Fragment | undefined)?.content;
        const terms = queryTerms(fromEngineText(request.query));
        const everyWord =
          typeof witness !== 'string' || hasEveryTerm(fromEngineText(witness), terms);
        return { total: results.length, data: data.map(slim), everyWord };
      } catch (error) {
        // Whatever was loaded may belong to an index since replaced: start afresh next time.
        ranked.clear();
        sizes.clear();
        source.reset();
        throw error;
      }
    },
    /**
     * Runs (and keeps) the search for what the reader has typed, and reads its first page, so
     * that pressing "Tìm" has nothing left to fetch or compute here (Pagefind keeps the
     * fragments it read). Errors are left to the real search.
     */
    prepare(request: PageRequest): void {
      searcher.page(request).catch(() => {});
    },
  };
  return searcher;
}
