/**
 * Loads Pagefind's client from the data (`<base>pagefind.js`, base = API_BASE + `search/`), in
 * the search worker (or, where workers fail, in the page). Never part of the app's bundle: a
 * reader who does not search downloads none of it.
 */
import type { PagefindModule } from './searcher';

// pagefind-entry.json, read first: a missing or broken index (a 404, a server's index.html
// fallback, a truncated upload) is told apart here in one small request, before the engine —
// which on such an index fails with errors that cannot be caught.
// Checked by hand, not with valibot: this runs in the worker, which need not carry it.
function isEntry(value: unknown): boolean {
  const languages = (value as { languages?: unknown } | null)?.languages;
  return typeof languages === 'object' && languages !== null && Object.keys(languages).length > 0;
}

/** A loader that loads once per thread, and again after a failure (offline, no index yet). */
export function pagefindLoader(base: () => string): () => Promise<PagefindModule> {
  let loading: Promise<PagefindModule> | undefined;
  return () => {
    loading ??= (async () => {
      const response = await fetch(`${base()}pagefind-entry.json`);
      const entry: unknown = response.ok ? await response.json().catch(() => null) : null;
      if (!isEntry(entry)) throw new Error('search/pagefind-entry.json missing or broken');
      // A dynamic import() is no Trusted Types sink: the module comes under `script-src` alone.
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
  };
}
