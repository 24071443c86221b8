/**
 * Which page URLs without a file get the app's shell and which a real 404 (CONTRACT.md §6 v3),
 * from the route manifest: the routes `build:pages` does not draw (search, the embed builder,
 * the widgets) are drawn in the browser, so their URLs get `shell.html` with 200; any other
 * page URL with no file — a prerendered route's URL the data does not have (an unknown
 * article), or no route at all — gets `404.html` (the app's not-found page) with 404.
 *
 * Three outputs, one list: the `_redirects` file (Cloudflare Pages, Netlify; written by the
 * build, read by deploy/serve.mjs too) and the page locations of deploy/nginx.conf.
 */
import { LAYOUTS, type LayoutId, ROUTES, type RouteEntry } from '../src/app/route-manifest.ts';
import { normaliseBase } from './base-path.mjs';

/**
 * Path patterns (`*` anything, `:name` one segment) of the pages drawn only in the browser,
 * under `base`: a layout none of whose routes is prerendered is one pattern (`/embed/*`, the
 * widgets, their own not-found page included); otherwise each of its routes that is not
 * prerendered, but its catch-all (`*`): an unknown address is not found.
 */
export function browserOnlyPatterns(
  base = '/',
  manifest: readonly RouteEntry[] = ROUTES,
): string[] {
  const b = normaliseBase(base);
  const out = new Set<string>();
  for (const [id, layout] of Object.entries(LAYOUTS) as [LayoutId, (typeof LAYOUTS)[LayoutId]][]) {
    const routes = manifest.filter((route) => route.layout === id);
    const under = layout.prefix ? `${b}${layout.prefix}/` : b;
    if (!routes.some((route) => route.pages)) {
      out.add(`${under}*`);
      continue;
    }
    for (const route of routes) {
      if (route.pages || route.path === '*') continue;
      out.add(route.path === '' ? under : `${under}${route.path}`);
    }
  }
  return [...out];
}

/**
 * The `_redirects` file: each browser-only pattern rewritten (200, the address stays) to the
 * shell. No catch-all: every other URL without a file falls to the host's `404.html`.
 */
export function redirectsFile(base = '/'): string {
  const b = normaliseBase(base);
  const lines = browserOnlyPatterns(b).map((pattern) => `${pattern} ${b}shell.html 200`);
  return `# Generated from src/app/route-manifest.ts (deploy/routes.ts): pages drawn only in the browser.
# Every other address without a file is the host's 404.html, status 404 (docs/deploying.md).
${lines.join('\n')}
`;
}

/** Special characters as one-character classes (`[.]`): no backslashes inside nginx strings. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '[$&]');

/**
 * One regular expression (for an nginx `location ~`, matched against the decoded `$uri`) for
 * every browser-only pattern, a trailing slash allowed: `^/(?:search|embed|embed/.*)/?$`.
 */
export function browserOnlyRegex(base = '/'): string {
  const b = normaliseBase(base);
  const alternatives = browserOnlyPatterns(b).map((pattern) =>
    pattern
      .slice(b.length)
      .split(/(\*|:[A-Za-z]+)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
      .join(''),
  );
  return `^${escapeRegExp(b)}(?:${alternatives.join('|')})/?$`;
}
