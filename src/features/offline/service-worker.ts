import { apiUrl } from '../../shared/config';
import { scriptUrl } from '../../shared/security/script-url';
import { carriedFiles } from './carried-files';

/**
 * Registers the service worker (sw/sw.ts → {base}sw.js) and reports a new version waiting to
 * take over. Loaded after the first paint (src/main.tsx), never inside the widgets' frames.
 */
export async function registerServiceWorker(onWaiting: (accept: () => void) => void) {
  const base = import.meta.env.BASE_URL;
  const container = navigator.serviceWorker;
  const firstInstall = !container.controller;
  // A TrustedScriptURL under Trusted Types (contract §7): register() refuses a plain string.
  const registration = await container.register(scriptUrl(`${base}sw.js`), { scope: base });

  let accepted = false;
  // Reload once the new version controls the page — only when the reader asked for it: the
  // first install also changes the controller (the worker claims the page).
  container.addEventListener('controllerchange', () => {
    if (accepted) window.location.reload();
  });
  const offer = (worker: ServiceWorker) =>
    onWaiting(() => {
      accepted = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });

  // A version that finished installing while a previous one controls the page is an update.
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer(worker);
    });
  });
  // A reader who keeps the tab open for days still hears about new versions.
  window.setInterval(() => void registration.update().catch(() => {}), 60 * 60 * 1000);

  if (firstInstall) {
    // The files this first visit loaded before the worker existed: save them too, so the
    // layout and the page just read work offline after one visit.
    const ready = await container.ready;
    const apiBase = apiUrl('');
    const urlsToCache = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(apiBase) && /\.json(\?|$)/.test(url));
    ready.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
    // A prerendered page fetched none of its data: it hands over what it carries instead.
    const state = document.getElementById('portal-state')?.textContent;
    if (state) {
      const files = carriedFiles(JSON.parse(state)).map(({ path, body }) => ({
        url: apiUrl(path),
        body,
      }));
      ready.active?.postMessage({ type: 'CACHE_DATA', payload: { files } });
    }
  }
}
