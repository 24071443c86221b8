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
  renderError,
  part,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  asPage?: boolean;
  loadingLabel?: string;
  /** Another way to say it (a widget's compact message); the retry refetches this query. */
  renderError?: (error: unknown, retry: () => void) => ReactNode;
  /** What the query's file holds, when the page exists without it (see ErrorMessage). */
  part?: string;
}) {
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (query.isError) {
    const retry = () => void query.refetch();
    if (renderError) return <>{renderError(query.error, retry)}</>;
    return <ErrorMessage error={query.error} asPage={asPage} onRetry={retry} part={part} />;
  }
  return <>{children(query.data)}</>;
}
