import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { archiveIndexQueryOptions } from './get-archive-index';
import { archiveMonthQueryOptions } from './get-archive-month';

/**
 * The newest site-local day that has articles, once the archive index and its last month are
 * in the cache (the calendar loads them when the reader shows interest, or once an archive
 * page is idle); undefined until then. It reads the cache and never adds a query to it: the
 * date box is on most pages, and an example date is worth neither two requests on a first
 * load nor, in the page generator, two more renders of every page and the archive index in
 * each page's data (a query, even disabled, is one the generator would fill).
 */
export function useNewestDay(): string | undefined {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  const read = () => {
    const newestMonth = client.getQueryData(archiveIndexQueryOptions().queryKey)?.at(-1)?.month;
    if (!newestMonth) return undefined;
    return client.getQueryData(archiveMonthQueryOptions(newestMonth).queryKey)?.at(-1)?.date;
  };
  return useSyncExternalStore(subscribe, read, read);
}
