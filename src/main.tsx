import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { PortalApp } from './app/PortalApp';
import { createQueryClient } from './app/query-client';
import { reviveState } from './app/revive-state';
import { preloadRoute } from './app/routes';
import { whenIdle } from './shared/lib/defer';
import { WIDGET_PREFIX } from './shared/urls/app-urls';
import './app/styles.css';

const queryClient = createQueryClient();
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const root = document.getElementById('root');
// A prerendered page (`build:pages`) carries the data it was drawn with: start from it.
const state = document.getElementById('portal-state');
if (state?.textContent) reviveState(queryClient, state.textContent);
const pageReady = preloadRoute(location.pathname, basename, queryClient);

const app = (
  <StrictMode>
    <BrowserRouter basename={basename}>
      <PortalApp client={queryClient} />
    </BrowserRouter>
  </StrictMode>
);
// 404.html is served at any address without a page: its markup is not this address's page.
if (root && state && state.dataset.page !== 'not-found') {
  // Take over the drawn page once its code is in, so the first render matches it exactly. In a
  // transition, hydration yields to the browser every few milliseconds: the page is already
  // readable, and one long task would hold up a reader's first tap or scroll.
  void pageReady.finally(() => startTransition(() => void hydrateRoot(root, app)));
} else if (root) createRoot(root).render(app);

// Offline support, in production builds only (the dev server has no sw.js) and never inside a
// ward's widget frame: its code once the main thread is idle after `load` (the page's queries
// have started by then); it waits for them to settle before the service worker downloads the
// whole app for offline use (~190 kB gzip), which on a slow phone must not compete with the
// page's own data and images.
if (
  import.meta.env.PROD &&
  !location.pathname.startsWith(`${import.meta.env.BASE_URL}${WIDGET_PREFIX}/`)
) {
  const startOffline = () =>
    void import('./features/offline/start').then((m) => m.startOffline(queryClient));
  // A prerendered page runs this code after it has painted, often after `load`.
  if (document.readyState === 'complete') whenIdle(startOffline);
  else addEventListener('load', () => whenIdle(startOffline));
}
