/**
 * Pagefind's client, loaded from the data (API_BASE + `search/pagefind.js`) by the /search page
 * only, never with the app: a reader who does not search downloads none of it. (Not on the
 * header box's focus either: the handler would cost home's first load bytes it does not have.) It then fetches only the index chunks that a
 * query needs. One instance per visit, so a second query reuses what the first one fetched.
 */
import { apiUrl } from '../../../shared/config';

// pagefind-entry.json, read first: a missing or broken index (a 404, a server's index.html
// fallback, a truncated upload) is told apart here in one small request, before the engine —
// which on such an index fails inside its worker with errors the page cannot catch.
// Checked by hand, not with valibot: its `record`/`is` would land in the shared chunk that
// home's first load carries, for a check this small.
function isEntry(value: unknown): boolean {
  const languages = (value as { languages?: unknown } | null)?.languages;
  return typeof languages === 'object' && languages !== null && Object.keys(languages).length > 0;
}

interface EngineResult {
  score: number;
  data(): Promise<unknown>;
}

export interface Engine {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  /** Fetches the index chunks a query will need, without searching. */
  preload(query: string, options?: object): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: EngineResult[] } | null>;
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= (async () => {
    const response = await fetch(apiUrl('search/pagefind-entry.json'));
    const entry: unknown = response.ok ? await response.json().catch(() => null) : null;
    if (!isEntry(entry)) throw new Error('search/pagefind-entry.json missing or broken');
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

let preloadTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * While the reader types on /search, fetch the chunks of what is typed so far (after a pause of
 * 200 ms), so that pressing "Tìm" only has to compute. Errors are left to the search itself.
 */
export function preloadQuery(engineText: string): void {
  clearTimeout(preloadTimer);
  if (!engineText.trim()) return;
  preloadTimer = setTimeout(() => {
    loadEngine()
      .then((engine) => engine.preload(engineText))
      .catch(() => {});
  }, 200);
}
