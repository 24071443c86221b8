import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import { RouteError } from './RouteError';
import { AppRoutes } from './routes';

/** The whole app below its router: the same tree in the browser and in the page generator. */
export function PortalApp({ client }: { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <ErrorBoundary fallback={(error) => <RouteError error={error} />}>
        <AppRoutes />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
