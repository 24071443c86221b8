import { EmbedError } from './EmbedQueryView';

/**
 * A widget page that crashed or whose chunk failed to load (a stale tab after a redeploy):
 * the message stays inside the widget's frame — still sized, links still leaving the frame —
 * instead of the portal's full-page error with its viewport-high layout.
 */
export function EmbedRouteError({ error }: { error: unknown }) {
  return <EmbedError error={error} onRetry={() => window.location.reload()} />;
}
