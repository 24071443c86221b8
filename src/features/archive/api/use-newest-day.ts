import { useQuery } from '@tanstack/react-query';
import { archiveIndexQueryOptions } from './get-archive-index';
import { archiveMonthQueryOptions } from './get-archive-month';

/**
 * The newest site-local day that has articles, once the archive index and its last month are
 * in the cache (the calendar loads them when the reader shows interest, or once an archive
 * page is idle); undefined until then. It never fetches anything itself: the date box is on
 * most pages, and an example date is not worth two requests on every first load.
 */
export function useNewestDay(): string | undefined {
  const index = useQuery({ ...archiveIndexQueryOptions(), enabled: false });
  const newestMonth = index.data?.at(-1)?.month;
  const month = useQuery({
    ...archiveMonthQueryOptions(newestMonth ?? ''),
    enabled: false,
  });
  return newestMonth ? month.data?.at(-1)?.date : undefined;
}
