import type { QueryClient } from '@tanstack/react-query';
import { archiveIndexQueryOptions } from './get-archive-index';
import { archiveMonthQueryOptions } from './get-archive-month';

/**
 * The index and its newest month's day counts: what `ArchiveLinks` names (home). Apart from
 * `prefetch-archive.ts` so that home's code does not bring the day files' module along.
 */
export function prefetchNewest(client: QueryClient) {
  return client
    .fetchQuery(archiveIndexQueryOptions())
    .then((months) => {
      const newest = months.at(-1)?.month;
      return newest ? client.prefetchQuery(archiveMonthQueryOptions(newest)) : undefined;
    })
    .catch(() => {});
}
