import { FetchFailedError } from './errors';

/**
 * What the service worker (sw/sw.ts) tells the app through response headers:
 * - `X-Portal-Offline`: neither the network nor the saved copies have this file;
 * - `X-Portal-Cached`: the network did not answer in time, this is the copy saved earlier.
 */

/** Offline and the file was never saved on this device. Still retryable: the network may return. */
export class OfflineError extends FetchFailedError {
  readonly offline = true;
}

/** Contract files currently shown from a saved copy (path → when the server sent it). */
const fromCache = new Map<string, string>();
const listeners = new Set<() => void>();

/** Records where the latest copy of `path` came from; `savedAt` null means the network. */
export function noteSource(path: string, savedAt: string | null) {
  if (savedAt === (fromCache.get(path) ?? null)) return;
  if (savedAt === null) fromCache.delete(path);
  else fromCache.set(path, savedAt);
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: how many files on screen may be out of date. */
export function subscribeCachedFiles(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function cachedFileCount() {
  return fromCache.size;
}
