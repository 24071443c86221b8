import { queryOptions, useQuery } from '@tanstack/react-query';
import { NotFoundError } from '../../../shared/api/errors';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { ArchiveIndexDocument } from '../../../shared/contract/archive';
import * as files from '../../../shared/urls/data-files';

export type { ArchiveMonthEntry } from '../../../shared/contract/archive';

/**
 * The months that have articles, ascending. No index file is an archive without months (as a
 * missing month file is a month without articles): pages that only use it for their
 * "other months" links or the calendar's bounds still show what they have.
 */
export const getArchiveIndex = (signal?: AbortSignal) =>
  fetchJson(files.archive('index'), ArchiveIndexDocument, signal).then(
    // Ascending per contract, but sort anyway: bounds and prev/next rely on it.
    (doc) => doc.months.filter((m) => m.count > 0).sort((a, b) => a.month.localeCompare(b.month)),
    (error: unknown) => {
      if (error instanceof NotFoundError) return [];
      throw error;
    },
  );

export const archiveIndexQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.archiveIndex(),
    queryFn: ({ signal }) => getArchiveIndex(signal),
    staleTime: 5 * 60_000,
  });

export const useArchiveIndex = () => useQuery(archiveIndexQueryOptions());
