import type { QueryClient } from '@tanstack/react-query';
import { type Params, useParams } from 'react-router-dom';
import { archiveDayQueryOptions } from '../../features/archive/api/get-archive-day';
import { prefetchMonthPage } from '../../features/archive/api/prefetch-archive';
import { ArchivePage, preloadMonthPage } from '../../features/archive/components/ArchivePage';
import { parseDayKey, parseMonthKey } from '../../shared/time/calendar-day';

/** A day's own file; a month's day counts and the days its first screen draws. */
export function prefetch(client: QueryClient, { date = '' }: Params) {
  if (parseDayKey(date)) return client.prefetchQuery(archiveDayQueryOptions(date));
  if (!parseMonthKey(date)) return undefined;
  preloadMonthPage();
  return prefetchMonthPage(client, date);
}

/** `/archive/yyyy-MM-dd` or `/archive/yyyy-MM`. */
export function ArchiveRoute() {
  const { date = '' } = useParams();
  return <ArchivePage date={date} />;
}
