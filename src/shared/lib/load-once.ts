/**
 * Something downloaded once per visit and remembered (a page's code, the calendar's): every
 * caller shares one download, and once it is in, `loaded()` gives it synchronously, so a later
 * render need not wait (or suspend) for it.
 *
 * The one rule for a failure, everywhere: it is not remembered. The next call — the reader's
 * "Thử lại", the next navigation, the next sign of interest — downloads again. (Chromium may
 * still answer a module that failed with the same failure until the page is reloaded, which
 * is why the messages also offer "Tải lại trang".) One exception: a chunk whose stylesheet
 * failed. Vite fetches a stylesheet once per page and skips it on a second attempt, which
 * would bring the code without its styles; that failure stays, and a reload brings both.
 */
export interface LoadOnce<T> {
  (): Promise<T>;
  /** The result, if a download has succeeded. */
  loaded(): T | undefined;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let result: T | undefined;
  let loading: Promise<T> | undefined;
  const start = () => {
    loading ??= load().then(
      (value) => {
        result = value;
        return value;
      },
      (error: unknown) => {
        // Vite's words: "Unable to preload CSS for …".
        if (!`${error}`.includes('CSS')) loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return Object.assign(start, { loaded: () => result });
}
