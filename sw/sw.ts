/**
 * The portal's service worker, compiled by vite-plugin-pwa (injectManifest): Workbox modules,
 * our own routing. What it does and why:
 * - precaches the app shell (shell.html, every JS/CSS chunk, the icons) so any page opens
 *   offline, and serves portal navigations from it — but never `/embed/*` (ward sites must
 *   always get the current widget) nor `embed.js`, which are left to the network;
 * - contract data is network-first with a short timeout, so a connected reader always sees
 *   today's files; the copy kept for offline use is marked with `X-Portal-Cached` so the page
 *   can say it may be out of date, and a file neither online nor saved is answered with a 503
 *   marked `X-Portal-Offline` so the page can say so instead of "could not load";
 * - a new version waits until the reader accepts "Tải lại" (SKIP_WAITING), or until a lone
 *   tab reloads, so nobody is switched in the middle of reading.
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import {
  CACHED_HEADER,
  dataCacheFor,
  KEPT,
  keepsImage,
  navigationLists,
  OFFLINE_HEADER,
} from './routes';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

const scope = self.registration.scope; // origin + base path, e.g. http://host/portal/
const apiBase = new URL(import.meta.env.VITE_API_BASE || 'api/', scope).href.replace(/\/?$/, '/');

cleanupOutdatedCaches();
precache(self.__WB_MANIFEST);

/** Marks a response taken from the cache, with the date the server sent it. */
const markCached = {
  cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response }) => {
    if (!cachedResponse) return null;
    const headers = new Headers(cachedResponse.headers);
    headers.set(CACHED_HEADER, cachedResponse.headers.get('Date') || '1');
    return new Response(cachedResponse.body, {
      status: cachedResponse.status,
      statusText: cachedResponse.statusText,
      headers,
    });
  },
};

// The layout's three files are needed by every page: their own cache, never evicted by the
// articles a reader opens. Everything else (articles, category pages, archive files) is
// bounded (KEPT: 200 files, none older than 7 days, least recently used out first).
const networkTimeoutSeconds = 4;
const strategies = {
  core: new NetworkFirst({
    cacheName: 'portal-data-core',
    networkTimeoutSeconds,
    plugins: [markCached],
  }),
  pages: new NetworkFirst({
    cacheName: 'portal-data',
    networkTimeoutSeconds,
    plugins: [new ExpirationPlugin({ ...KEPT, purgeOnQuotaError: true }), markCached],
  }),
};

registerRoute(
  ({ url, request }) => request.method === 'GET' && dataCacheFor(url.href, apiBase) !== null,
  async (options) => {
    const which = dataCacheFor(options.url.href, apiBase) ?? 'pages';
    try {
      return await strategies[which].handle(options);
    } catch {
      return new Response('{"error":"offline"}', {
        status: 503,
        headers: { 'Content-Type': 'application/json', [OFFLINE_HEADER]: '1' },
      });
    }
  },
);

registerRoute(
  new NavigationRoute(
    async ({ request }) => {
      // A reload of the only open tab may take the waiting version: nothing else is reading
      // with the old code. Anything else gets the shell this worker precached.
      const waiting = self.registration.waiting;
      if (waiting) {
        const windows = await self.clients.matchAll({ type: 'window' });
        if (windows.length <= 1) {
          waiting.postMessage({ type: 'SKIP_WAITING' });
          try {
            return await fetch(request);
          } catch {
            // offline: the shell below still works
          }
        }
      }
      return (await matchPrecache('shell.html')) ?? fetch(request);
    },
    navigationLists(new URL(scope).pathname),
  ),
);

// After the navigation route: the precache route would otherwise answer `/` itself (as its
// index.html) and a reload of the home page would never take a waiting version.
addRoute();

// The pictures of what the reader opened, so that an article read online shows them offline
// too: asked of the server first like the data (a picture replaced under the same name shows
// at once), the saved copy when it does not answer. Under the same bounds as the data, in a
// cache of their own so that pictures never push articles out. Only complete answers are
// kept (Workbox's default: 200; these are same-origin, never opaque). After addRoute(): the precached icons are answered from the precache, not kept twice.
const images = new NetworkFirst({
  cacheName: 'portal-images',
  plugins: [new ExpirationPlugin({ ...KEPT, purgeOnQuotaError: true })],
});
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' && keepsImage(url.href, request.destination, scope, apiBase),
  images,
);

/** A contract file a prerendered page carried (CACHE_DATA): kept as if it had been fetched. */
async function keepCarried(file: { url?: unknown; body?: unknown }) {
  if (typeof file.url !== 'string' || typeof file.body !== 'string') return;
  const which = dataCacheFor(file.url, apiBase);
  if (!which) return;
  const cache = await caches.open(which === 'core' ? 'portal-data-core' : 'portal-data');
  if (await cache.match(file.url)) return;
  const headers = { 'Content-Type': 'application/json', Date: new Date().toUTCString() };
  await cache.put(file.url, new Response(file.body, { headers }));
}

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (event.data?.type === 'CACHE_DATA' && Array.isArray(event.data.payload?.files)) {
    event.waitUntil(Promise.all(event.data.payload.files.map(keepCarried)));
  }
});

// The first install takes over the page that registered it, so what the reader opens during
// that first visit is saved too (the page sends the files it loaded before via CACHE_URLS).
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
