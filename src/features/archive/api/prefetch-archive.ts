import type { QueryClient } from '@tanstack/react-query';
import { firstScreenDays } from '../lib/archive-days';
import { archiveDayQueryOptions } from './get-archive-day';
import { archiveMonthQueryOptions } from './get-archive-month';

/**
 * A month page's first screen: the day counts, then the files of the days it draws at once
 * (`firstScreenDays`), so the page generator draws them into the HTML and the browser, which
 * finds them in the page's data, does not fetch them again.
 */
export function prefetchMonthPage(client: QueryClient, month: string) {
  return client
    .fetchQuery(archiveMonthQueryOptions(month))
    .then((days) =>
      Promise.all(
        firstScreenDays(days).map((day) => client.prefetchQuery(archiveDayQueryOptions(day.date))),
      ),
    )
    .catch(() => {});
}
