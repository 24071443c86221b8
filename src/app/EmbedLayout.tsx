import { Outlet } from 'react-router-dom';
import { EmbedShell } from '../features/embed/components/EmbedShell';

/** Chromeless: widgets live inside a ward's page, so no header, footer or skip link. */
export function EmbedLayout() {
  return (
    <EmbedShell>
      <Outlet />
    </EmbedShell>
  );
}
