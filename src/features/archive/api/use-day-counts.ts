import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import type { ArchiveDayCount } from './get-archive-month';
import { archiveMonthQueryOptions } from './get-archive-month';

export interface DayCounts {
  /** Articles per day key, for every listed month whose file is here. */
  counts: Map<string, number>;
  /** Per requested month, in the order asked. */
  months: UseQueryResult<Map<string, number>>[];
}

// Module-level, so TanStack keeps each month's Map (and the merged one) between renders.
const toCounts = (days: ArchiveDayCount[]) => new Map(days.map((d) => [d.date, d.count]));
const merge = (months: UseQueryResult<Map<string, number>>[]): DayCounts => {
  const counts = new Map<string, number>();
  for (const month of months) for (const [day, n] of month.data ?? []) counts.set(day, n);
  return { counts, months };
};

/**
 * The day counts of `months` (the one on screen and its neighbours), kept up to date as each
 * month file arrives: a keyboard move into a neighbour month marks its days whether or not a
 * prefetch got there first.
 */
export function useDayCounts(months: readonly string[]): DayCounts {
  return useQueries({
    queries: months.map((month) => ({ ...archiveMonthQueryOptions(month), select: toCounts })),
    combine: merge,
  });
}
