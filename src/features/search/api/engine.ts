/**
 * Pagefind's client, loaded from the data (API_BASE + `search/pagefind.js`) the first time it
 * is needed — on /search or when the header's search box gets focus — never with the app: a
 * reader who does not search downloads none of it. It then fetches only the index chunks that a
 * query needs. One instance per visit, so a second query reuses what the first one fetched.
 */
import { apiUrl } from '../../../shared/config';

interface EngineResult {
  score: number;
  data(): Promise<unknown>;
}

export interface Engine {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: EngineResult[] } | null>;
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ apiUrl('search/pagefind.js'))) as Engine;
    await module.options({ basePath: apiUrl('search/') });
    await module.init();
    return module;
  })();
  // A failed load (offline, no index yet) is tried again on the next search, not cached.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
