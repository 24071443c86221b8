import { queryOptions, useQuery } from '@tanstack/react-query';
import { NotFoundError } from '../../../shared/api/errors';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { type ArchiveDayCount, ArchiveMonthDocument } from '../../../shared/contract/archive';
import * as files from '../../../shared/urls/data-files';

export type { ArchiveDayCount } from '../../../shared/contract/archive';

/**
 * The days of `month` that have articles, ascending, with their counts (≤ 31 entries). A
 * missing month file means that month has no articles: an empty list, not an error.
 */
export async function getArchiveMonth(
  month: string,
  signal?: AbortSignal,
): Promise<ArchiveDayCount[]> {
  try {
    const doc = await fetchJson(files.archive(month), ArchiveMonthDocument, signal);
    // Only this month's days, each once, in order, whatever the file says.
    const days = new Map<string, number>();
    for (const { date, count } of doc.days) {
      if (date.startsWith(`${month}-`) && count > 0) days.set(date, count);
    }
    return [...days]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, count]) => ({ date, count }));
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
