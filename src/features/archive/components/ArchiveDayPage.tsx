import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PageHead } from '../../../shared/head/PageHead';
import type { CalendarDay } from '../../../shared/time/calendar-day';
import { dayKey } from '../../../shared/time/calendar-day';
import { formatLongDay } from '../../../shared/time/day-titles';
import { formatDayKeyLong, formatMonthKeyTitle } from '../../../shared/time/key-format';
import { formatDayParts } from '../../../shared/time/site-time';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { QueryView } from '../../../shared/ui/QueryView';
import { useArchiveDay } from '../api/get-archive-day';
import { nearestDaysQueryOptions } from '../api/get-nearest-days';
import { ArchiveNav } from './ArchiveNav';
import { ArticleTimeList } from './ArticleTimeList';

/** `/archive/yyyy-MM-dd`: the articles of one site-local day, from that day's file alone. */
export function ArchiveDayPage({ day }: { day: CalendarDay }) {
  const key = dayKey(day);
  const dayQuery = useArchiveDay(key);

  return (
    <div className="archive-page">
      <PageHead title={`Bài viết ngày ${formatDayParts(day.year, day.month, day.day)}`} />
      <h1>{formatLongDay(day.year, day.month, day.day)}</h1>
      <QueryView query={dayQuery} loadingLabel="Đang tải bài viết trong ngày…">
        {(file) =>
          file && file.items.length > 0 ? (
            <>
              <ArticleTimeList items={file.items} />
              <DayNav day={key} previous={file.previous} next={file.next} />
            </>
          ) : (
            <>
              <p className="archive-empty">Không có bài viết nào trong ngày này.</p>
              <NearestDayNav day={key} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}

function DayNav({
  day,
  previous,
  next,
  children,
}: {
  day: string;
  previous: string | null | undefined;
  next: string | null | undefined;
  children?: ReactNode;
}) {
  const month = day.slice(0, 7);
  return (
    <ArchiveNav
      label="Ngày khác"
      prev={
        previous ? { key: previous, text: `Ngày trước: ${formatDayKeyLong(previous)}` } : undefined
      }
      up={{ key: month, text: `Cả ${formatMonthKeyTitle(month).toLowerCase()}` }}
      next={next ? { key: next, text: `Ngày sau: ${formatDayKeyLong(next)}` } : undefined}
    >
      {children}
    </ArchiveNav>
  );
}

/** A day without articles has no file to name its neighbours: find them from the day counts. */
function NearestDayNav({ day }: { day: string }) {
  const queryClient = useQueryClient();
  const query = useQuery(nearestDaysQueryOptions(queryClient, day));
  return (
    <DayNav day={day} previous={query.data?.previous} next={query.data?.next}>
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
    </DayNav>
  );
}
