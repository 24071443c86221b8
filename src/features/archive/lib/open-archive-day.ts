import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';

/** Full URL of an app path under the build's base (`/portal/archive/…` for a `/portal/` build). */
export function appUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, window.location.href)
    .href;
}

/**
 * Inside a widget a link must open the portal's full page, not the small frame: navigate the
 * top window, and if the host forbids that (sandbox, cross-origin rules) open a new tab.
 */
export function openInTopWindow(path: string): void {
  const url = appUrl(path);
  try {
    (window.top ?? window).location.assign(url);
  } catch {
    window.open(url, '_blank', 'noopener');
  }
}

/** Go to a day's archive page, in this app or (for widgets) in the top window. */
export function useOpenArchiveDay(linkTarget?: '_top') {
  const navigate = useNavigate();
  return useCallback(
    (day: string) => {
      const path = `/archive/${day}`;
      if (linkTarget === '_top') openInTopWindow(path);
      else navigate(path);
    },
    [linkTarget, navigate],
  );
}
