/**
 * The calendar dialog (W3C APG "date picker dialog"), and the only module that imports
 * react-day-picker: `lib/calendar-code` downloads it, DatePicker renders it hidden ahead of
 * time once its code and opening month are here, so "Mở lịch" only has to reveal it.
 *
 * A `div role="dialog"` with its manners in `use-dialog-behaviour.ts`, not a native `<dialog>`
 * opened with `showModal()` (weighed in issue #20), which would not keep what is pinned here:
 * - a press outside closes it *and* reaches what was pressed (a modal's lands on `::backdrop`);
 * - on a wide screen it hangs under "Mở lịch" (the top layer would need anchor positioning);
 * - jsdom 29 (DatePicker.test.tsx) has no `showModal()`/`close()` at all.
 * It would save little: the focus trap, outside press and anchoring stay hand-written anyway.
 */
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
import { formatDayKey } from '../../../shared/time/key-format';
import { stepMonthWithin } from '../../../shared/time/month-steps';
import { siteDayKey } from '../../../shared/time/site-time';
import { useArchiveIndex } from '../api/get-archive-index';
import { useDayCounts } from '../api/use-day-counts';
import { neighbourMonths, openingFocusDay, openingMonth } from '../lib/archive-days';
import { keyOfLocalDate, toLocalDate } from '../lib/calendar-dates';
import { calendarDateLib, calendarFormatters, calendarLabels } from '../lib/calendar-text';
import { CalendarMessage } from './CalendarMessage';
import { tabbables, useDialogBehaviour } from './use-dialog-behaviour';
import { useOpeningFocus } from './use-opening-focus';

export interface CalendarPopupProps {
  timeZone: string;
  selectedDay?: string;
  month?: string;
  /** The "Mở lịch" button: a press on it toggles, it is not a click outside. */
  anchorRef: RefObject<HTMLElement | null>;
  onPick: (day: string) => void;
  onClose: (restoreFocus: boolean) => void;
}

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
  const indexQuery = useArchiveIndex();
  const months = indexQuery.data?.map((entry) => entry.month) ?? [];
  const [chosenMonth, setChosenMonth] = useState<string>();
  const shownMonth = chosenMonth ?? openingMonth(months, selectedDay, month);
  const hasArticles = shownMonth !== undefined && months.includes(shownMonth);
  // The month on screen first, then its listed neighbours: the reader's likely next move.
  const { counts, months: monthQueries } = useDayCounts(
    hasArticles ? [shownMonth, ...neighbourMonths(shownMonth, months)] : [],
  );
  const shown = monthQueries[0];
  const countOn = (date: Date) => counts.get(keyOfLocalDate(date)) ?? 0;

  // Mount the grid once the first month is known, so autoFocus lands on a day with articles.
  const [started, setStarted] = useState(false);
  if (!started && indexQuery.isSuccess && shown?.status !== 'pending') {
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

  const onKeyDown = useDialogBehaviour(dialogRef, anchorRef, onClose);
  const today = siteDayKey(new Date(), timeZone);
  const focusDay =
    shownMonth && shown?.isSuccess
      ? openingFocusDay(shownMonth, shown.data.keys(), selectedDay, today)
      : undefined;
  useOpeningFocus(dialogRef, started, focusDay);

  /**
   * PageUp/PageDown (Shift: a year) move between the listed months ourselves: DayPicker would
   * look for the same date in the other month and, when that day has no articles (disabled),
   * give up. Home/End go to the first/last day of the week that has articles, where DayPicker
   * would stop at a disabled one.
   */
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    const day = (event.target as HTMLElement).closest('[data-day]');
    if (!day || !shownMonth) return;
    const first = months[0];
    const last = months.at(-1);
    if ((event.key === 'PageUp' || event.key === 'PageDown') && first && last) {
      event.preventDefault();
      event.stopPropagation();
      const step = (event.key === 'PageUp' ? -1 : 1) * (event.shiftKey ? 12 : 1);
      const target = stepMonthWithin(shownMonth, step, first, last);
      if (target !== shownMonth) setChosenMonth(target);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      event.stopPropagation();
      const row = day.parentElement;
      const days = [...(row?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
      (event.key === 'Home' ? days[0] : days.at(-1))?.focus();
    }
  };

  let status: string;
  if (!hasArticles || !shown) status = 'Không có bài viết nào trong tháng này.';
  else if (shown.isPending) status = 'Đang tải các ngày có bài viết…';
  else if (shown.isError) status = 'Không tải được các ngày có bài viết của tháng này.';
  else status = `Có bài viết trong ${shown.data.size} ngày của tháng.`;

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
        <CalendarMessage alert onRetry={() => void indexQuery.refetch()}>
          Không tải được danh sách các tháng có bài viết.
        </CalendarMessage>
      ) : !started ? (
        <CalendarMessage>Đang tải lịch…</CalendarMessage>
      ) : months.length === 0 ? (
        <CalendarMessage>Chưa có bài viết nào.</CalendarMessage>
      ) : (
        <>
          <DayPicker
            mode="single"
            selected={toLocalDate(selectedDay)}
            onSelect={(_selected, triggerDate) => onPick(keyOfLocalDate(triggerDate))}
            month={toLocalDate(shownMonth)}
            onMonthChange={(date) => setChosenMonth(keyOfLocalDate(date).slice(0, 7))}
            startMonth={toLocalDate(months[0])}
            endMonth={toLocalDate(months.at(-1))}
            captionLayout="dropdown"
            navLayout="after"
            locale={vi}
            formatters={calendarFormatters}
            // Experimental in DayPicker (pinned version); only speeds up two date patterns.
            dateLib={calendarDateLib}
            weekStartsOn={1}
            today={toLocalDate(today)}
            autoFocus
            disabled={(date) => countOn(date) === 0}
            modifiers={{ articles: (date) => countOn(date) > 0 }}
            modifiersClassNames={{ articles: 'rdp-day--articles' }}
            labels={{
              ...calendarLabels,
              labelDayButton: (date) => {
                const count = countOn(date);
                const day = formatDayKey(keyOfLocalDate(date));
                return count > 0 ? `${day}, ${count} bài viết` : `${day}, không có bài viết`;
              },
            }}
          />
          <div className="calendar-popup__status">
            <p role="status">{status}</p>
            {shown?.isError && (
              <button type="button" className="button" onClick={() => void shown.refetch()}>
                Thử lại
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
