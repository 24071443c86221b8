import { parseDayKey, parseMonthKey } from '../../../shared/time/calendar-day';
import { NotFound } from '../../../shared/ui/NotFound';
import '../archive.css';
import { ArchiveDayPage } from './ArchiveDayPage';
import { ArchiveMonthPage } from './ArchiveMonthPage';
import { DatePicker } from './DatePicker';

/**
 * `/archive/:date`, a day (`yyyy-MM-dd`) or a month (`yyyy-MM`); anything else, or a date
 * that does not exist, is "not found". The date picker sits in the same place on both, so it
 * stays mounted (and keeps focus) when the reader moves between days and months.
 */
export function ArchivePage({ date }: { date: string }) {
  const day = parseDayKey(date);
  const month = day ? null : parseMonthKey(date);
  if (!day && !month) return <NotFound />;
  return (
    // The picker comes first: on a phone it sits above the list, so the list can load below it
    // without moving it; on a wide screen CSS puts it back in the right-hand column.
    <div className="with-sidebar with-sidebar--aside-first">
      <aside className="with-sidebar__aside" aria-label="Lịch bài viết">
        <DatePicker
          selectedDay={day ? date : undefined}
          month={month ? date : undefined}
          loading="idle"
        />
      </aside>
      <div className="with-sidebar__main">
        {day ? (
          <ArchiveDayPage day={day} />
        ) : month ? (
          <ArchiveMonthPage year={month.year} month={month.month} />
        ) : null}
      </div>
    </div>
  );
}
