/**
 * The calendar dialog (W3C APG "date picker dialog"). The only module that imports
 * react-day-picker: DatePicker loads it lazily (on interest, or once idle on archive pages) and
 * renders it hidden ahead of time, so no page's first load pays for it.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type KeyboardEvent,
  memo,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { DayPicker } from 'react-day-picker';
import { vi } from 'react-day-picker/locale/vi';
import 'react-day-picker/style.css';
import type { ArticleSummary } from '../../../shared/contract/documents';
import { addMonths, dayKey, parseDayKey, parseMonthKey } from '../../../shared/time/calendar-day';
import { formatDayParts, siteDayKey } from '../../../shared/time/site-time';
import { useArchiveIndex } from '../api/get-archive-index';
import { archiveMonthQueryOptions } from '../api/get-archive-month';
import { countByDay, openingMonth } from '../lib/archive-days';
import { calendarDateLib, calendarFormatters, calendarLabels } from '../lib/calendar-text';

export interface CalendarPopupProps {
  timeZone: string;
  selectedDay?: string;
  month?: string;
  /** The "Mở lịch" button: a press on it toggles, it is not a click outside. */
  anchorRef: RefObject<HTMLElement | null>;
  onPick: (day: string) => void;
  onClose: (restoreFocus: boolean) => void;
}

const TABBABLE = 'button, select, input, textarea, a[href], [tabindex]';

function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.hidden,
  );
}

const countsCache = new WeakMap<ArticleSummary[], Map<string, number>>();

/** Memoised: DatePicker keeps it rendered while hidden, and re-renders on every keystroke. */
export default memo(CalendarPopup);

function CalendarPopup({
  timeZone,
  selectedDay,
  month,
  anchorRef,
  onPick,
  onClose,
}: CalendarPopupProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const indexQuery = useArchiveIndex();
  const months = indexQuery.data?.map((entry) => entry.month) ?? [];
  const [chosenMonth, setChosenMonth] = useState<string>();
  const shownMonth = chosenMonth ?? openingMonth(months, selectedDay, month);
  const hasArticles = shownMonth !== undefined && months.includes(shownMonth);
  const monthQuery = useQuery({
    ...archiveMonthQueryOptions(shownMonth ?? ''),
    enabled: hasArticles,
  });

  // Fetch the month on screen; warm the cache for the reader's next move either way, once the
  // calendar is on screen (a fetch started in this effect would delay its first paint).
  const monthsKey = months.join();
  useEffect(() => {
    if (!shownMonth) return;
    const timer = setTimeout(() => {
      const listed = new Set(monthsKey.split(','));
      for (const neighbour of [addMonths(shownMonth, -1), addMonths(shownMonth, 1)]) {
        if (listed.has(neighbour))
          void queryClient.prefetchQuery(archiveMonthQueryOptions(neighbour));
      }
    });
    return () => clearTimeout(timer);
  }, [shownMonth, monthsKey, queryClient]);

  // Mount the grid once the first month is known, so autoFocus lands on a day with articles.
  const [started, setStarted] = useState(false);
  if (!started && indexQuery.isSuccess && (!hasArticles || monthQuery.status !== 'pending')) {
    setStarted(true);
  }

  // Focus goes into the dialog at once, and into the grid (DayPicker's autoFocus) once it is
  // drawn; if no day can take focus, the first control does.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!started) {
      dialog.focus();
      return;
    }
    if (document.activeElement === dialog || !dialog.contains(document.activeElement)) {
      (tabbables(dialog)[0] ?? dialog).focus();
    }
  }, [started]);

  // A press anywhere outside closes it (focus goes where the reader pressed).
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!target || dialogRef.current?.contains(target) || anchorRef.current?.contains(target)) {
        return;
      }
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [anchorRef, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = tabbables(dialogRef.current);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialogRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  /**
   * PageUp/PageDown (Shift: a year) move between months ourselves: DayPicker would look for the
   * same date in the other month and, when that day has no articles (disabled), give up. Once
   * the month changes, DayPicker focuses its selected day or its first day with articles.
   */
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Home' || event.key === 'End') {
      moveWithinWeek(event);
      return;
    }
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    if (!shownMonth || !(event.target as HTMLElement).closest('[data-day]')) return;
    event.preventDefault();
    event.stopPropagation();
    const step = (event.key === 'PageUp' ? -1 : 1) * (event.shiftKey ? 12 : 1);
    const first = months[0];
    const last = months.at(-1);
    let target = addMonths(shownMonth, step);
    if (first && target < first) target = first;
    if (last && target > last) target = last;
    if (target !== shownMonth) setChosenMonth(target);
  };

  /**
   * Home/End: first/last day of the week (APG), but the first/last one that has articles —
   * DayPicker would stop at a disabled day and leave focus where it was.
   */
  const moveWithinWeek = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest('[data-day]')?.parentElement;
    if (!row) return;
    event.preventDefault();
    event.stopPropagation();
    const days = [...row.querySelectorAll<HTMLButtonElement>('[data-day] button:not(:disabled)')];
    (event.key === 'Home' ? days[0] : days.at(-1))?.focus();
  };

  /** Articles on a site-local day, from whatever months are already in the cache. */
  const countOn = (date: Date): number => {
    const key = keyOf(date);
    const items = queryClient.getQueryData(archiveMonthQueryOptions(key.slice(0, 7)).queryKey);
    return items ? (countsOf(items, timeZone).get(key) ?? 0) : 0;
  };

  let status: string;
  if (!hasArticles) status = 'Không có bài viết nào trong tháng này.';
  else if (monthQuery.isPending) status = 'Đang tải các ngày có bài viết…';
  else if (monthQuery.isError) status = 'Không tải được các ngày có bài viết của tháng này.';
  else status = `Có bài viết trong ${countsOf(monthQuery.data, timeZone).size} ngày của tháng.`;

  return (
    <div
      ref={dialogRef}
      className="calendar-popup"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onKeyDownCapture={onKeyDownCapture}
    >
      <div className="calendar-popup__header">
        <h3 id={titleId} className="calendar-popup__title">
          Chọn ngày có bài viết
        </h3>
        <button type="button" className="calendar-popup__close" onClick={() => onClose(true)}>
          Đóng
        </button>
      </div>
      {indexQuery.isError ? (
        <div className="calendar-popup__message" role="alert">
          <p>Không tải được danh sách các tháng có bài viết.</p>
          <button type="button" className="button" onClick={() => void indexQuery.refetch()}>
            Thử lại
          </button>
        </div>
      ) : !started ? (
        <p className="calendar-popup__message" role="status">
          Đang tải lịch…
        </p>
      ) : months.length === 0 ? (
        <p className="calendar-popup__message">Chưa có bài viết nào.</p>
      ) : (
        <>
          <DayPicker
            mode="single"
            selected={toDate(selectedDay)}
            onSelect={(_selected, triggerDate) => onPick(keyOf(triggerDate))}
            month={toDate(shownMonth)}
            onMonthChange={(date) => setChosenMonth(keyOf(date).slice(0, 7))}
            startMonth={toDate(months[0])}
            endMonth={toDate(months.at(-1))}
            captionLayout="dropdown"
            navLayout="after"
            locale={vi}
            formatters={calendarFormatters}
            // Experimental in DayPicker (pinned version); only speeds up two date patterns.
            dateLib={calendarDateLib}
            weekStartsOn={1}
            today={toDate(siteDayKey(new Date(), timeZone))}
            autoFocus
            disabled={(date) => countOn(date) === 0}
            modifiers={{ articles: (date) => countOn(date) > 0 }}
            modifiersClassNames={{ articles: 'rdp-day--articles' }}
            labels={{
              ...calendarLabels,
              labelDayButton: (date) => {
                const count = countOn(date);
                const day = formatDayParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
                return count > 0 ? `${day}, ${count} bài viết` : `${day}, không có bài viết`;
              },
            }}
          />
          <div className="calendar-popup__status">
            <p role="status">{status}</p>
            {hasArticles && monthQuery.isError && (
              <button type="button" className="button" onClick={() => void monthQuery.refetch()}>
                Thử lại
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}

/**
 * DayPicker works on plain calendar days here: a site-local day `yyyy-MM-dd` is the reader's
 * local midnight of the same numbers. Passing `timeZone` instead makes every date operation
 * go through Intl (TZDate): it measured 4x slower to open under CPU throttling.
 */
function toDate(key: string | undefined): Date | undefined {
  const day = key ? parseDayKey(key) : null;
  if (day) return new Date(day.year, day.month - 1, day.day);
  const month = key ? parseMonthKey(key) : null;
  return month ? new Date(month.year, month.month - 1, 1) : undefined;
}

function keyOf(date: Date): string {
  return dayKey({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** Articles per site-local day of one month's list, computed once per fetched list. */
function countsOf(items: ArticleSummary[], timeZone: string): Map<string, number> {
  let counts = countsCache.get(items);
  if (!counts) {
    counts = countByDay(items, timeZone);
    countsCache.set(items, counts);
  }
  return counts;
}
