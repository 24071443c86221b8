import { type ReactNode, Suspense } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import { Loading } from '../shared/ui/Loading';

/** The current page's lazy chunk, with a loading state and an error boundary reset per URL. */
export function PageOutlet({ fallback }: { fallback: (error: unknown) => ReactNode }) {
  const { pathname, search } = useLocation();
  return (
    <ErrorBoundary fallback={fallback} resetKey={pathname + search}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}
