import { Suspense } from 'react';
import { lazyComponent } from '../../../shared/lib/lazy-component';
import { loadOnce } from '../../../shared/lib/load-once';
import { parseDayKey, parseMonthKey } from '../../../shared/time/calendar-day';
import { Loading } from '../../../shared/ui/Loading';
import { NotFound } from '../../../shared/ui/NotFound';
import '../archive.css';
import { ArchiveDayPage } from './ArchiveDayPage';
import { DatePicker } from './DatePicker';

/**
 * A month's page (its day sections) in its own file: a reader who opens a day, the archive's
 * most common page (every article links its day), does not download it. The route starts it
 * beside the month's data (`preloadMonthPage`); a prerendered month keeps its drawn markup
 * until it is in.
 */
const monthPage = loadOnce(() => import('./ArchiveMonthPage'));
const ArchiveMonthPage = lazyComponent(monthPage, (module) => module.ArchiveMonthPage);

/** Starts the month page's code (a failed download is reported by the page when it renders). */
export function preloadMonthPage() {
  monthPage().catch(() => {});
}

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
          <Suspense fallback={<Loading />}>
            <ArchiveMonthPage year={month.year} month={month.month} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
