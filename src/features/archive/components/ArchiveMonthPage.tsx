import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../../shared/lib/use-document-title';
import { monthKey, parseDayKey, parseMonthKey } from '../../../shared/time/calendar-day';
import { formatLongDay, formatMonthTitle } from '../../../shared/time/site-time';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { QueryView } from '../../../shared/ui/QueryView';
import { useSite } from '../../site/site-context';
import { useArchiveIndex } from '../api/get-archive-index';
import { useArchiveMonth } from '../api/get-archive-month';
import { groupByDay, nearestKey } from '../lib/archive-days';
import { ArchiveNav } from './ArchiveNav';
import { ArticleTimeList } from './ArticleTimeList';

/** `/archive/yyyy-MM`: the month's articles, by site-local day, newest first. */
export function ArchiveMonthPage({ year, month }: { year: number; month: number }) {
  const { timeZone } = useSite();
  const key = monthKey(year, month);
  const monthQuery = useArchiveMonth(key);
  const title = formatMonthTitle(year, month);
  useDocumentTitle(`Bài viết ${title.toLowerCase()}`);

  return (
    <div className="archive-page">
      <h1>{title}</h1>
      <QueryView query={monthQuery} loadingLabel="Đang tải bài viết trong tháng…">
        {(items) => {
          const groups = groupByDay(items, timeZone, key);
          if (groups.length === 0) {
            return <p className="archive-empty">Không có bài viết nào trong tháng này.</p>;
          }
          return groups.map(({ day, items: dayItems }) => {
            const parsed = parseDayKey(day);
            const heading = parsed ? formatLongDay(parsed.year, parsed.month, parsed.day) : day;
            return (
              <section key={day} className="archive-day" aria-labelledby={`archive-day-${day}`}>
                <h2 id={`archive-day-${day}`} className="archive-day__heading">
                  <Link to={`/archive/${day}`}>{heading}</Link>
                </h2>
                <ArticleTimeList items={dayItems} />
              </section>
            );
          });
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
      prev={prev ? { key: prev, text: `Tháng trước: ${monthTitle(prev)}` } : undefined}
      next={next ? { key: next, text: `Tháng sau: ${monthTitle(next)}` } : undefined}
    />
  );
}

function monthTitle(key: string): string {
  const parsed = parseMonthKey(key);
  return parsed ? formatMonthTitle(parsed.year, parsed.month) : key;
}
