import { LAYOUTS } from '../src/app/route-manifest.ts';
import * as files from '../src/shared/urls/data-files.ts';

/**
 * Which requests the service worker answers how. Pure functions, shared with the unit tests;
 * the header names are read by the app (src/shared/api/offline.ts).
 */
export const CACHED_HEADER = 'X-Portal-Cached';
export const OFFLINE_HEADER = 'X-Portal-Offline';

/**
 * How much the reader's device keeps of what they read, data and images alike: 200 files,
 * none older than 7 days, least recently used out first (each kind in its own cache, so that
 * images never push articles out).
 */
export const KEPT = { maxEntries: 200, maxAgeSeconds: 7 * 24 * 3600 } as const;

/** The files every page's layout reads: kept apart so the article cache never evicts them. */
const CORE_FILES = new Set(LAYOUTS.portal.data);

/**
 * 'core' for the layout's files, 'pages' for any other contract file under the API base
 * (articles, category pages, archive files), null for anything else — only JSON: a CMS may
 * keep images next to the data, and those are not ours to keep; nor is the search index.
 */
export function dataCacheFor(href: string, apiBase: string): 'core' | 'pages' | null {
  if (!href.startsWith(apiBase)) return null;
  const rest = href.slice(apiBase.length).split(/[?#]/, 1)[0] ?? '';
  // The search index is not kept: search needs the network anyway (its chunks are not cached),
  // and Pagefind asks for `pagefind-entry.json?ts=…` on every visit, which made a new entry
  // each time and pushed read articles out of the 200-file cache.
  if (!rest.endsWith('.json') || rest.startsWith(`${files.SEARCH}/`)) return null;
  return CORE_FILES.has(rest) ? 'core' : 'pages';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Navigations the app shell answers: every page under the base path except the widgets (the
 * manifest's widget layout, `{base}embed/…` — a ward site must always get the current version,
 * from the network) and the data folder. The builder page `{base}embed` itself is a portal page.
 */
export function navigationLists(basePath: string): { allowlist: RegExp[]; denylist: RegExp[] } {
  const base = escapeRegExp(basePath.endsWith('/') ? basePath : `${basePath}/`);
  return {
    allowlist: [new RegExp(`^${base}`)],
    denylist: [
      new RegExp(`^${base}${escapeRegExp(LAYOUTS.widget.prefix)}/`),
      new RegExp(`^${base}api/`),
    ],
  };
}

/**
 * True for an image a page of the portal shows from the portal's own origin or its data's
 * (an article's pictures, list thumbnails): kept so that an article read online shows its
 * pictures offline. An image from any other host comes back opaque to the worker (no CORS on
 * `<img>`), so whether it loaded cannot be told: those are left to the browser.
 */
export function keepsImage(href: string, destination: string, scope: string, apiBase: string) {
  if (destination !== 'image') return false;
  const { origin } = new URL(href);
  return origin === new URL(scope).origin || origin === new URL(apiBase).origin;
}
