import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { type Location, MemoryRouter, useLocation } from 'react-router-dom';
import { AppRoutes } from '../../src/app/routes';

function RecordLocation({ into }: { into: { location?: Location } }) {
  into.location = useLocation();
  return null;
}

/**
 * The real route tree at `url`, with a fresh cache that never retries (TanStack's advice).
 * `basename` as a build under a sub-path gives it (`/portal`; `url` then includes it).
 */
export function renderApp(
  url: string,
  queryClient = testQueryClient(),
  { basename }: { basename?: string } = {},
) {
  const current: { location?: Location } = {};
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]} basename={basename}>
        <RecordLocation into={current} />
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  /** Where the app is now: `location().pathname`, `location().search`. */
  const location = (): Location => {
    if (!current.location) throw new Error('router not rendered');
    return current.location;
  };
  return { ...view, location, queryClient };
}

export function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}
