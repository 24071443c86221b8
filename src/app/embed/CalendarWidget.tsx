import { useSearchParams } from 'react-router-dom';
import { useArchiveDay } from '../../features/archive/api/get-archive-day';
import { DatePicker } from '../../features/archive/components/DatePicker';
import { ArticleList } from '../../features/articles/components/ArticleList';
import { EmbedNotFound, EmbedQueryView } from '../../features/embed/components/EmbedQueryView';
import { WIDGET_TITLES } from '../../features/embed/snippet';
import { PageHead } from '../../shared/head/PageHead';
import { type CalendarDay, dayKey, parseDayKey } from '../../shared/time/calendar-day';
import { formatDayParts } from '../../shared/time/site-time';

const CALENDAR_TITLE = WIDGET_TITLES.calendar;

/**
 * `/embed/calendar`: the portal's date picker and, with `?day=yyyy-MM-dd`, that site-local
 * day's articles. Picking a day stays in the widget (keeping `theme`); article links leave it.
 */
export function CalendarWidget({ day }: { day: string | null }) {
  const parsed = day === null ? null : parseDayKey(day);
  const [params, setParams] = useSearchParams();
  const showDay = (picked: string) => {
    const next = new URLSearchParams(params);
    next.set('day', picked);
    setParams(next);
  };
  return (
    <>
      <PageHead title={CALENDAR_TITLE} />
      <h1 className="visually-hidden">{CALENDAR_TITLE}</h1>
      <DatePicker
        onPickDay={showDay}
        selectedDay={parsed ? dayKey(parsed) : undefined}
        loading="idle"
      />
      {parsed ? (
        <DayArticles day={parsed} />
      ) : (
        day !== null && <EmbedNotFound>Ngày “{day}” không hợp lệ.</EmbedNotFound>
      )}
    </>
  );
}

function DayArticles({ day }: { day: CalendarDay }) {
  const query = useArchiveDay(dayKey(day));
  return (
    <section aria-labelledby="embed-day-title">
      <h2 id="embed-day-title">Bài viết ngày {formatDayParts(day.year, day.month, day.day)}</h2>
      <EmbedQueryView query={query}>
        {(file) => (
          <ArticleList
            items={file?.items ?? []}
            variant="compact"
            linkTarget="_top"
            emptyText="Không có bài viết trong ngày này."
          />
        )}
      </EmbedQueryView>
    </section>
  );
}
