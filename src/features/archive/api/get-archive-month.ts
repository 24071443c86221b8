import { queryOptions, useQuery } from '@tanstack/react-query';
import { NotFoundError } from '../../../shared/api/errors';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { ArchiveMonthDocument } from '../../../shared/contract/documents';

/** A missing month file means that month has no articles: an empty list, not an error. */
export async function getArchiveMonth(month: string, signal?: AbortSignal) {
  try {
    const doc = await fetchJson(`archive/${month}.json`, ArchiveMonthDocument, signal);
    return doc.items;
  } catch (error) {
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}

export const archiveMonthQueryOptions = (month: string) =>
  queryOptions({
    queryKey: portalKeys.archiveMonth(month),
    queryFn: ({ signal }) => getArchiveMonth(month, signal),
    staleTime: 5 * 60_000,
  });

export const useArchiveMonth = (month: string) => useQuery(archiveMonthQueryOptions(month));
