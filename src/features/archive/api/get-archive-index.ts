import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { ArchiveIndexDocument } from '../../../shared/contract/documents';

export type { ArchiveMonthEntry } from '../../../shared/contract/documents';

export const getArchiveIndex = (signal?: AbortSignal) =>
  fetchJson('archive/index.json', ArchiveIndexDocument, signal).then((doc) =>
    // Ascending per contract, but sort anyway: bounds and prev/next rely on it.
    doc.months.filter((m) => m.count > 0).sort((a, b) => a.month.localeCompare(b.month)),
  );

export const archiveIndexQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.archiveIndex(),
    queryFn: ({ signal }) => getArchiveIndex(signal),
    staleTime: 5 * 60_000,
  });

export const useArchiveIndex = () => useQuery(archiveIndexQueryOptions());
