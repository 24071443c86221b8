import { skipToken, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { portalKeys } from '../../../shared/api/query-keys';
import { useDeferUntil } from '../../../shared/lib/use-defer-until';
import { formatDayKeyLong } from '../../../shared/time/key-format';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { NeedsScript } from '../../../shared/ui/NeedsScript';
import * as urls from '../../../shared/urls/app-urls';
import { archiveDayQueryOptions } from '../api/get-archive-day';
import { ArticleTimeList } from './ArticleTimeList';

const VISIBLE = ['visible'] as const;

/**
 * One day of a month page. Its file is read only once the section nears the screen (the first
 * section at once), and until then the section keeps the height its articles will need: so
 * what the first screen reads is bounded by the screen, however many articles the month has.
 */
export function MonthDaySection({
  day,
  count,
  eager,
}: {
  day: string;
  count: number;
  eager: boolean;
}) {
  const ref = useRef<HTMLElement>(null);
  const near = useDeferUntil(ref, VISIBLE, { initially: eager });
  const query = useQuery(
    near
      ? archiveDayQueryOptions(day)
      : { queryKey: portalKeys.archiveDay(day), queryFn: skipToken },
  );
  const headingId = `archive-day-${day}`;
  const rows = Math.min(count, 200);

  return (
    <section ref={ref} className="archive-day" aria-labelledby={headingId}>
      <h2 id={headingId} className="archive-day__heading">
        <Link to={urls.archive(day)}>{formatDayKeyLong(day)}</Link>{' '}
        <span className="archive-day__count">({count} bài viết)</span>
      </h2>
      {query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data === undefined ? (
        <div
          className="archive-day__placeholder"
          data-rows={rows}
          // Not a `style` prop: drawn into a prerendered page it would be a style attribute,
          // which the CSP refuses (archive.css). Set through the CSSOM, it is allowed.
          ref={(el) => el?.style.setProperty('--rows', String(rows))}
          aria-busy={near || undefined}
        >
          <NeedsScript>
            <Link to={urls.archive(day)}>Xem {count} bài viết của ngày này</Link>
          </NeedsScript>
        </div>
      ) : query.data && query.data.items.length > 0 ? (
        <ArticleTimeList items={query.data.items} />
      ) : (
        <p className="archive-empty">Không có bài viết nào trong ngày này.</p>
      )}
    </section>
  );
}
