import { PageHead } from '../../../shared/head/PageHead';
import { monthKey } from '../../../shared/time/calendar-day';
import { formatMonthTitle } from '../../../shared/time/day-titles';
import { formatMonthKeyTitle } from '../../../shared/time/key-format';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { QueryView } from '../../../shared/ui/QueryView';
import { useArchiveIndex } from '../api/get-archive-index';
import { useArchiveMonth } from '../api/get-archive-month';
import { FIRST_SCREEN_DAYS, nearestKey } from '../lib/archive-days';
import { ArchiveNav } from './ArchiveNav';
import { MonthDaySection } from './MonthDaySection';

/**
 * `/archive/yyyy-MM`: the month's days with articles, newest first, each with its count; the
 * first `FIRST_SCREEN_DAYS` days' articles at once (the route prefetches them, so a prerendered
 * page holds them), any other day's from its own file as the reader reaches it.
 */
export function ArchiveMonthPage({ year, month }: { year: number; month: number }) {
  const key = monthKey(year, month);
  const monthQuery = useArchiveMonth(key);
  const title = formatMonthTitle(year, month);

  return (
    <div className="archive-page">
      <PageHead title={`Bài viết ${title.toLowerCase()}`} />
      <h1>{title}</h1>
      <QueryView query={monthQuery} loadingLabel="Đang tải bài viết trong tháng…">
        {(days) => {
          if (days.length === 0) {
            return <p className="archive-empty">Không có bài viết nào trong tháng này.</p>;
          }
          const total = days.reduce((sum, day) => sum + day.count, 0);
          return (
            <>
              <p className="archive-month__summary">
                {total} bài viết trong {days.length} ngày.
              </p>
              {[...days].reverse().map((day, i) => (
                <MonthDaySection
                  key={day.date}
                  day={day.date}
                  count={day.count}
                  eager={i < FIRST_SCREEN_DAYS}
                />
              ))}
            </>
          );
        }}
      </QueryView>
      <MonthNav month={key} />
    </div>
  );
}

function MonthNav({ month }: { month: string }) {
  const indexQuery = useArchiveIndex();
  if (indexQuery.isError) {
    return <ErrorMessage error={indexQuery.error} onRetry={() => void indexQuery.refetch()} />;
  }
  const listed = indexQuery.data?.map((entry) => entry.month) ?? [];
  const prev = nearestKey(listed, month, -1);
  const next = nearestKey(listed, month, 1);
  if (!prev && !next) return null;
  return (
    <ArchiveNav
      label="Tháng khác"
      prev={prev ? { key: prev, text: `Tháng trước: ${formatMonthKeyTitle(prev)}` } : undefined}
      next={next ? { key: next, text: `Tháng sau: ${formatMonthKeyTitle(next)}` } : undefined}
    />
  );
}
