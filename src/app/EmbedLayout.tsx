import { EmbedRouteError } from '../features/embed/components/EmbedRouteError';
import { EmbedShell } from '../features/embed/components/EmbedShell';
import { PageOutlet } from './PageOutlet';

/** Chromeless: widgets live inside a ward's page, so no header, footer or skip link. */
export function EmbedLayout() {
  return (
    <EmbedShell>
      <PageOutlet fallback={(error) => <EmbedRouteError error={error} />} />
    </EmbedShell>
  );
}
