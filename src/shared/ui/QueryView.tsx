import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

/** Loading / error / data for one query, so every page handles the three the same way. */
export function QueryView<T>({
  query,
  children,
  asPage = false,
  loadingLabel,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  asPage?: boolean;
  loadingLabel?: string;
}) {
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (query.isError) {
    return (
      <ErrorMessage error={query.error} asPage={asPage} onRetry={() => void query.refetch()} />
    );
  }
  return <>{children(query.data)}</>;
}
