import { createRoot } from 'react-dom/client';
import { OfflineStatus } from './components/OfflineStatus';

/**
 * Entry of the offline chunk, imported by src/main.tsx once the page has loaded: none of it
 * is part of any page's first-load JS. Its own React root, beside the app's, so the page
 * components know nothing about the service worker.
 */
export function startOffline() {
  if (!('serviceWorker' in navigator)) return;
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(<OfflineStatus />);
}
