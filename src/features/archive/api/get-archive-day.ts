import { queryOptions, useQuery } from '@tanstack/react-query';
import { NotFoundError } from '../../../shared/api/errors';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { type ArchiveDay, ArchiveDayDocument } from '../../../shared/contract/archive';
import { byNewest } from '../../../shared/lib/by-newest';
import * as files from '../../../shared/urls/data-files';

export type { ArchiveDay } from '../../../shared/contract/archive';

/**
 * One site-local day: its articles, newest first, and the nearest days with articles. `null`
 * when there is no file: the contract's way of saying the day has no articles.
 */
export async function getArchiveDay(day: string, signal?: AbortSignal): Promise<ArchiveDay | null> {
  try {
    const doc = await fetchJson(files.archive(day), ArchiveDayDocument, signal);
    const earlier = (other: string | null) => (other !== null && other < day ? other : null);
    const later = (other: string | null) => (other !== null && other > day ? other : null);
    // A neighbour on the wrong side would send the reader round in circles: drop it.
    return {
      date: day,
      items: [...doc.items].sort(byNewest),
      previous: earlier(doc.previous),
      next: later(doc.next),
    };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export const archiveDayQueryOptions = (day: string) =>
  queryOptions({
    queryKey: portalKeys.archiveDay(day),
    queryFn: ({ signal }) => getArchiveDay(day, signal),
    staleTime: 5 * 60_000,
  });

export const useArchiveDay = (day: string) => useQuery(archiveDayQueryOptions(day));
