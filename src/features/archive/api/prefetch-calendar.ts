import type { QueryClient } from '@tanstack/react-query';
import { openingMonth } from '../lib/archive-days';
import { type CalendarPopupComponent, loadCalendarCode } from '../lib/calendar-code';
import { archiveIndexQueryOptions } from './get-archive-index';
import { archiveMonthQueryOptions } from './get-archive-month';

/**
 * Everything the calendar needs to open at once: its code, the archive index and the day
 * counts of the month it will open on. Resolves with the popup component when all are here (a
 * data failure is left for the popup to show); rejects only when the code cannot be downloaded.
 */
export async function prefetchCalendar(
  queryClient: QueryClient,
  { selectedDay, month }: { selectedDay?: string; month?: string },
): Promise<CalendarPopupComponent> {
  const data = queryClient.fetchQuery(archiveIndexQueryOptions()).then((entries) => {
    const months = entries.map((entry) => entry.month);
    const opening = openingMonth(months, selectedDay, month);
    return opening ? queryClient.prefetchQuery(archiveMonthQueryOptions(opening)) : undefined;
  });
  const [popup] = await Promise.all([loadCalendarCode(), data.catch(() => undefined)]);
  return popup;
}
