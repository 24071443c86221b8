/**
 * Loads Pagefind's client from the data (`<base>pagefind.js`, base = API_BASE + `search/`), in
 * the search worker (or, where workers fail, in the page). Never part of the app's bundle: a
 * reader who does not search downloads none of it.
 */

import * as files from '../../../shared/urls/data-files';
import { guardIndexFetches, indexFailures } from './fetch-guard';
import type { PagefindModule } from './searcher';

// pagefind-entry.json, read first: a missing or broken index (a 404, a server's index.html
// fallback, a truncated upload) is told apart here in one small request, before the engine —
// which on such an index fails with errors that cannot be caught.
// Checked by hand, not with valibot: this runs in the worker, which need not carry it.
// The number of languages indexed, or undefined when the file is not an entry at all.
function languageCount(value: unknown): number | undefined {
  const languages = (value as { languages?: unknown } | null)?.languages;
  return typeof languages === 'object' && languages !== null
    ? Object.keys(languages).length
    : undefined;
}

const EMPTY_ENGINE: PagefindModule = {
  options: async () => {},
  init: async () => {},
  preload: async () => {},
  search: async () => ({ results: [] }),
};

/** Where the searcher gets its engine, and learns whether the index failed it. */
export interface EngineSource {
  load(): Promise<PagefindModule>;
  /** How many index files have failed to arrive whole so far (fetch-guard.ts). */
  failures(): number;
  /**
   * Forgets the loaded engine: after a failure the index may have been rebuilt under new file
   * names, which the loaded one would never find. The next load starts from the entry again.
   */
  reset(): void;
}

/** An engine loaded once per thread, and again after a failure (offline, no index yet). */
export function pagefindLoader(base: () => string): EngineSource {
  let loading: Promise<PagefindModule> | undefined;
  const source: EngineSource = {
    load() {
      loading ??= (async () => {
        guardIndexFetches();
        const response = await fetch(`${base()}pagefind-entry.json`);
        const entry: unknown = response.ok ? await response.json().catch(() => null) : null;
        const languages = languageCount(entry);
        if (languages === undefined)
          throw new Error(`${files.SEARCH}/pagefind-entry.json missing or broken`);
        // An index of no article has no language and no engine to start: it finds nothing.
        if (languages === 0) return EMPTY_ENGINE;
        // Where there is no `window` (a worker), Pagefind searches in the calling thread.
        const module = (await import(/* @vite-ignore */ `${base()}pagefind.js`)) as PagefindModule;
        // In the calling thread: ours is a worker already. In the page (where our worker could
        // not start) Pagefind would otherwise try a worker of its own from a plain string, which
        // Trusted Types refuses.
        await module.options({ basePath: base(), noWorker: true });
        await module.init();
        return module;
      })();
      loading.catch(() => {
        loading = undefined;
      });
      return loading;
    },
    failures: indexFailures,
    reset() {
      const was = loading;
      loading = undefined;
      void was?.then((module) => module.destroy?.()).catch(() => {});
    },
  };
  return source;
}
