import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { portalKeys } from '../../../shared/api/query-keys';
import { nearestKey } from '../lib/archive-days';
import { archiveIndexQueryOptions } from './get-archive-index';
import { archiveMonthQueryOptions } from './get-archive-month';

export interface NearestDays {
  previous: string | null;
  next: string | null;
}

/**
 * For a day without a file (no articles), the nearest days that have some: a day file would
 * say so itself. From this month's day counts, and only when a side is empty there, the index
 * and the one listed month on that side (each ≤ 31 entries).
 */
async function findNearestDays(queryClient: QueryClient, day: string): Promise<NearestDays> {
  const month = day.slice(0, 7);
  const daysOf = async (key: string) =>
    (await queryClient.ensureQueryData(archiveMonthQueryOptions(key))).map((d) => d.date);
  const here = await daysOf(month);
  let previous = nearestKey(here, day, -1) ?? null;
  let next = nearestKey(here, day, 1) ?? null;
  if (previous === null || next === null) {
    const months = (await queryClient.ensureQueryData(archiveIndexQueryOptions())).map(
      (entry) => entry.month,
    );
    const before = previous === null ? nearestKey(months, month, -1) : undefined;
    const after = next === null ? nearestKey(months, month, 1) : undefined;
    if (before) previous = (await daysOf(before)).at(-1) ?? null;
    if (after) next = (await daysOf(after))[0] ?? null;
  }
  return { previous, next };
}

export const nearestDaysQueryOptions = (queryClient: QueryClient, day: string) =>
  queryOptions({
    queryKey: portalKeys.archiveNearestDays(day),
    queryFn: () => findNearestDays(queryClient, day),
    staleTime: 5 * 60_000,
  });
