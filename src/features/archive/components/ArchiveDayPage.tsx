import { useQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../shared/contract/documents';
import { useDocumentTitle } from '../../../shared/lib/use-document-title';
import type { CalendarDay } from '../../../shared/time/calendar-day';
import { dayKey, parseDayKey, parseMonthKey } from '../../../shared/time/calendar-day';
import { formatDayParts, formatLongDay, formatMonthTitle } from '../../../shared/time/site-time';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { QueryView } from '../../../shared/ui/QueryView';
import { useSite } from '../../site/site-context';
import { useArchiveIndex } from '../api/get-archive-index';
import { archiveMonthQueryOptions, useArchiveMonth } from '../api/get-archive-month';
import { daysInMonthWithArticles, itemsOfDay, nearestKey } from '../lib/archive-days';
import { ArchiveNav } from './ArchiveNav';
import { ArticleTimeList } from './ArticleTimeList';

/** `/archive/yyyy-MM-dd`: the articles of one site-local day. */
export function ArchiveDayPage({ day }: { day: CalendarDay }) {
  const { timeZone } = useSite();
  const key = dayKey(day);
  const month = key.slice(0, 7);
  const monthQuery = useArchiveMonth(month);
  useDocumentTitle(`Bài viết ngày ${formatDayParts(day.year, day.month, day.day)}`);

  return (
    <div className="archive-page">
      <h1>{formatLongDay(day.year, day.month, day.day)}</h1>
      <QueryView query={monthQuery} loadingLabel="Đang tải bài viết trong ngày…">
        {(items) => {
          const dayItems = itemsOfDay(items, key, timeZone);
          return (
            <>
              {dayItems.length > 0 ? (
                <ArticleTimeList items={dayItems} />
              ) : (
                <p className="archive-empty">Không có bài viết nào trong ngày này.</p>
              )}
              <DayNav day={key} monthItems={items} />
            </>
          );
        }}
      </QueryView>
    </div>
  );
}

/**
 * Previous/next days with articles: first in this month, else in the nearest month that the
 * index lists on that side (one extra month file at most per side, and only when needed).
 */
function DayNav({ day, monthItems }: { day: string; monthItems: ArticleSummary[] }) {
  const { timeZone } = useSite();
  const month = day.slice(0, 7);
  const indexQuery = useArchiveIndex();
  const daysHere = daysInMonthWithArticles(monthItems, timeZone, month);
  const prevHere = nearestKey(daysHere, day, -1);
  const nextHere = nearestKey(daysHere, day, 1);
  const listed = indexQuery.data?.map((entry) => entry.month) ?? [];
  const prevMonth = prevHere ? undefined : nearestKey(listed, month, -1);
  const nextMonth = nextHere ? undefined : nearestKey(listed, month, 1);
  const prevQuery = useQuery({
    ...archiveMonthQueryOptions(prevMonth ?? ''),
    enabled: !!prevMonth,
  });
  const nextQuery = useQuery({
    ...archiveMonthQueryOptions(nextMonth ?? ''),
    enabled: !!nextMonth,
  });

  const prev =
    prevHere ??
    (prevMonth && prevQuery.data
      ? daysInMonthWithArticles(prevQuery.data, timeZone, prevMonth)[0]
      : undefined);
  const next =
    nextHere ??
    (nextMonth && nextQuery.data
      ? daysInMonthWithArticles(nextQuery.data, timeZone, nextMonth).at(-1)
      : undefined);
  const { year, month: monthNumber } = parseMonthKey(month) ?? { year: 0, month: 0 };
  const failed = [indexQuery, prevQuery, nextQuery].find((query) => query.isError);

  return (
    <ArchiveNav
      label="Ngày khác"
      prev={prev ? { key: prev, text: `Ngày trước: ${longDay(prev)}` } : undefined}
      up={{ key: month, text: `Cả ${formatMonthTitle(year, monthNumber).toLowerCase()}` }}
      next={next ? { key: next, text: `Ngày sau: ${longDay(next)}` } : undefined}
    >
      {failed && <ErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />}
    </ArchiveNav>
  );
}

function longDay(key: string): string {
  const day = parseDayKey(key);
  return day ? formatLongDay(day.year, day.month, day.day) : key;
}
