/**
 * Pagefind's client, loaded from the data (API_BASE + `search/pagefind.js`) the first time it
 * is needed — on /search or when the header's search box gets focus — never with the app: a
 * reader who does not search downloads none of it. It then fetches only the index chunks that a
 * query needs. One instance per visit, so a second query reuses what the first one fetched.
 */
import * as v from 'valibot';
import { apiUrl } from '../../../shared/config';

// pagefind-entry.json, read first: a missing or broken index (a 404, a server's index.html
// fallback, a truncated upload) is told apart here in one small request, before the engine —
// which on such an index fails inside its worker with errors the page cannot catch.
const Entry = v.object({
  version: v.string(),
  languages: v.pipe(
    v.record(v.string(), v.object({ hash: v.string() })),
    v.check((languages) => Object.keys(languages).length > 0),
  ),
});

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
    const response = await fetch(apiUrl('search/pagefind-entry.json'));
    const entry: unknown = response.ok ? await response.json() : null;
    if (!v.is(Entry, entry)) throw new Error('search/pagefind-entry.json missing or broken');
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
