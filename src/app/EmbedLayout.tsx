import { Outlet } from 'react-router-dom';
import { SiteGate } from '../features/site/site-context';

/** Chromeless: widgets live inside a ward's page, so no header, footer or skip link. */
export function EmbedLayout() {
  return (
    <main className="embed">
      <SiteGate>
        <Outlet />
      </SiteGate>
    </main>
  );
}
