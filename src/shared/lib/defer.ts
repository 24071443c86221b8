/**
 * When optional work may run (dotcom-rendering's `whenIdle`/`onInteraction`, in small). Each
 * returns a function that cancels what has not run yet.
 */

/** Readers who asked their browser to save data (`Save-Data`). */
export function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/** Once the main thread is idle: `requestIdleCallback` where there is one (not Safari), else a timer. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1500);
  return () => clearTimeout(id);
}
