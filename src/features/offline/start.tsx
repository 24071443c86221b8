import type { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { queriesSettled } from '../../shared/api/queries-settled';
import { OfflineStatus } from './components/OfflineStatus';

/**
 * Entry of the offline chunk, imported by src/main.tsx once the page has loaded and gone idle:
 * none of it is part of any page's first-load JS. The service worker is registered once the
 * page's own data is in (no query fetching, or 10 s at most: `queriesSettled`). Its own React
 * root, beside the app's, so the page components know nothing about the service worker.
 */
export async function startOffline(client: QueryClient) {
  if (!('serviceWorker' in navigator)) return;
  await queriesSettled(client);
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(<OfflineStatus />);
}
