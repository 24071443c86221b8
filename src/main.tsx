import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { createQueryClient } from './app/query-client';
import { RouteError } from './app/RouteError';
import { AppRoutes, preloadRoute } from './app/routes';
import { ErrorBoundary } from './shared/ui/ErrorBoundary';
import './app/styles.css';

const queryClient = createQueryClient();
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
preloadRoute(location.pathname, basename, queryClient);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename={basename}>
          <ErrorBoundary fallback={(error) => <RouteError error={error} />}>
            <AppRoutes />
          </ErrorBoundary>
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}

// Offline support once the page has drawn what it reads, in production builds only (the dev
// server has no sw.js) and never inside a ward's widget frame. Not on `load` itself: the
// service worker then downloads the whole app for offline use (~190 kB gzip), which on a slow
// phone must not compete with the page's own data and images.
if (import.meta.env.PROD && !location.pathname.startsWith(`${import.meta.env.BASE_URL}embed/`)) {
  const startOffline = () => {
    if (queryClient.isFetching() > 0) setTimeout(startOffline, 500);
    else void import('./features/offline/start').then((m) => m.startOffline());
  };
  addEventListener('load', () => setTimeout(startOffline, 500));
}
