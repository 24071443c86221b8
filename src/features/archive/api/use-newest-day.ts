import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { portalKeys } from '../../../shared/api/query-keys';
import type { ArchiveDayCount, ArchiveMonthEntry } from '../../../shared/contract/archive';

export interface NewestArchive {
  month?: string;
  day?: string;
}

const NONE: NewestArchive = {};

/**
 * The newest month and site-local day that have articles, once the archive index and its last
 * month are in the cache (home's prefetch, the calendar, an idle archive page load them). It
 * reads the cache and never adds a query to it, nor imports the fetchers: the date box and
 * home's archive links are on most first loads, and a query — even disabled — is one the page
 * generator would fill, drawing every page again with the archive index in its data.
 */
export function useNewestArchive(): NewestArchive {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  const last = useCallback((): [string | undefined, string | undefined] => {
    const month = client
      .getQueryData<ArchiveMonthEntry[]>(portalKeys.archiveIndex())
      ?.at(-1)?.month;
    if (!month) return [undefined, undefined];
    return [
      month,
      client.getQueryData<ArchiveDayCount[]>(portalKeys.archiveMonth(month))?.at(-1)?.date,
    ];
  }, [client]);
  // A string snapshot, so that an unchanged cache gives the same value (no re-render loop).
  const read = () => last().join('|');
  const key = useSyncExternalStore(subscribe, read, read);
  if (key === '|') return NONE;
  const [month, day] = key.split('|');
  return { month: month || undefined, day: day || undefined };
}

/** The newest day that has articles (the date box's example), or undefined. */
export const useNewestDay = (): string | undefined => useNewestArchive().day;
