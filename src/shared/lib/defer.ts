/**
 * When optional work runs: one vocabulary for the whole app, after dotcom-rendering's
 * `deferUntil` (idle / visible / interaction), in small.
 *
 * - `idle`: once the main thread has nothing better to do — code the page will likely need
 *   (the calendar on an archive page), offline support.
 * - `visible`: once an element comes near the screen — what a long page shows as the reader
 *   reaches it (a month's days, home's date box on a phone).
 * - `interaction`: the reader's first sign of interest in an element (the pointer over it,
 *   focus in it) — the calendar on a page where it is a side tool.
 *
 * Each function runs its work at most once and returns a function that cancels what has not
 * run yet. `visible` and `interaction` are waited for by `deferUntil` (the first of
 * several) in ./defer-until.ts, which only the pages that wait on an element load; this file is part of
 * every page's first load (so is not `savesData`, ./saves-data.ts). Code downloaded this way
 * goes through `loadOnce` (./load-once.ts).
 */
export type DeferUntil = 'idle' | 'visible' | 'interaction';

export type Cancel = () => void;

/** `requestIdleCallback` where there is one (not Safari), else a timer; within 3 s either way. */
export function whenIdle(run: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1500);
  return () => clearTimeout(id);
}
