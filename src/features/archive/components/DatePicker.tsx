import { Activity, useCallback, useEffect, useId, useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useHydrated } from '../../../shared/lib/use-hydrated';
import { useSite } from '../../../shared/site/site-context';
import { formatDayKey } from '../../../shared/time/key-format';
import { ErrorBoundary } from '../../../shared/ui/ErrorBoundary';
import { NeedsScript } from '../../../shared/ui/NeedsScript';
import { useNewestDay } from '../api/use-newest-day';
import '../archive.css';
import * as urls from '../../../shared/urls/app-urls';
import { CalendarMessage } from './CalendarMessage';
import { type CalendarLoading, useCalendarPopup } from './use-calendar-popup';
import { useTypedDate } from './use-typed-date';

export interface DatePickerProps {
  /** `yyyy-MM-dd`: the day being shown, pre-filled and selected in the calendar. */
  selectedDay?: string;
  /** `yyyy-MM`: the month the calendar opens on when no day is selected. */
  month?: string;
  /** What picking a day does; by default, go to that day's archive page. */
  onPickDay?: (day: string) => void;
  /**
   * When to fetch the calendar ahead of the click: `idle` where it is the page's main tool
   * (archive pages, the calendar widget), else on the reader's first `interaction` with it.
   */
  loading?: CalendarLoading;
}

/** "Xem bài viết theo ngày": a typed date, or a calendar popup of the days that have articles. */
export function DatePicker({
  selectedDay,
  month,
  onPickDay,
  loading = 'interaction',
}: DatePickerProps) {
  const { timeZone } = useSite();
  const navigate = useNavigate();
  const ids = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const openDay = onPickDay ?? ((day: string) => navigate(urls.archive(day)));
  const typed = useTypedDate(selectedDay, inputRef, openDay);
  const popup = useCalendarPopup(selectedDay, month, loading);
  const hydrated = useHydrated();
  const shownMonth = selectedDay?.slice(0, 7) ?? month;
  // An example from the data itself (never a date of some sample data), once it is known.
  const newestDay = formatDayKey(useNewestDay());

  const closePopup = popup.close;
  const show = typed.show;
  const close = useCallback(
    (restoreFocus: boolean) => {
      closePopup();
      if (restoreFocus) openButtonRef.current?.focus();
    },
    [closePopup],
  );
  // `pick` stays the same function across renders, so revealing the prerendered popup does not
  // render it again (CalendarPopup is memoised); it calls the latest `openDay`.
  const latest = useRef({ openDay, show });
  useEffect(() => {
    latest.current = { openDay, show };
  });
  const pick = useCallback(
    (day: string) => {
      close(true);
      latest.current.show(day);
      latest.current.openDay(day);
    },
    [close],
  );

  const { Popup } = popup;
  const errorId = `${ids}-error`;
  const hintId = `${ids}-hint`;
  return (
    // Any sign of interest in the box (pointer over it, focus in the date field) starts loading
    // the calendar, so that "Mở lịch" usually finds it ready.
    <section
      className="box date-picker"
      aria-labelledby={`${ids}-heading`}
      onPointerEnter={popup.prepare}
      onFocus={popup.prepare}
    >
      <h2 id={`${ids}-heading`}>Xem bài viết theo ngày</h2>
      <form className="date-picker__form" onSubmit={typed.submit} noValidate>
        <label htmlFor={`${ids}-input`} className="date-picker__label">
          Ngày (dd/mm/yyyy)
        </label>
        <div className="date-picker__row">
          <input
            ref={inputRef}
            id={`${ids}-input`}
            className="date-picker__input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            placeholder="dd/mm/yyyy"
            value={typed.text}
            onChange={(event) => typed.type(event.target.value)}
            aria-invalid={typed.error ? true : undefined}
            aria-describedby={typed.error ? `${errorId} ${hintId}` : hintId}
            disabled={!hydrated}
          />
          <button type="submit" className="button date-picker__submit" disabled={!hydrated}>
            Xem
          </button>
          <div className="date-picker__anchor">
            <button
              ref={openButtonRef}
              type="button"
              className="button date-picker__open"
              aria-haspopup="dialog"
              aria-expanded={popup.isOpen}
              aria-busy={popup.opening || undefined}
              disabled={!hydrated}
              onClick={() => (popup.isOpen ? close(false) : popup.open())}
            >
              <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
                <path
                  fill="currentColor"
                  d="M4 0h2v2h4V0h2v2h3v14H1V2h3zM3 6v8h10V6zm2 2h2v2H5zm4 0h2v2H9z"
                />
              </svg>
              <span>Mở lịch</span>
            </button>
            {popup.isOpen && !Popup && popup.failed > 0 && (
              <div className="calendar-popup calendar-popup--loading">
                <CalendarMessage alert onRetry={popup.open}>
                  Không tải được lịch.
                </CalendarMessage>
                {/* A browser remembers a script it failed to fetch: only a reload fetches it anew. */}
                {popup.failed > 1 && (
                  <button type="button" className="button" onClick={() => window.location.reload()}>
                    Tải lại trang
                  </button>
                )}
              </div>
            )}
            {Popup && (
              <Activity mode={popup.isOpen ? 'visible' : 'hidden'}>
                <ErrorBoundary
                  key={`${popup.generation}|${selectedDay}|${month}`}
                  fallback={(_error, retry) => (
                    <div className="calendar-popup calendar-popup--loading">
                      <CalendarMessage alert onRetry={retry}>
                        Không hiển thị được lịch.
                      </CalendarMessage>
                    </div>
                  )}
                >
                  <Popup
                    timeZone={timeZone}
                    selectedDay={selectedDay}
                    month={month}
                    anchorRef={openButtonRef}
                    onPick={pick}
                    onClose={close}
                  />
                </ErrorBoundary>
              </Activity>
            )}
          </div>
        </div>
        <p id={hintId} className="date-picker__hint">
          {newestDay
            ? `Ví dụ: ${newestDay}, ngày có bài mới nhất.`
            : 'Nhập ngày/tháng/năm bằng số.'}
        </p>
        <NeedsScript>
          Chọn ngày cần JavaScript.
          {shownMonth && (
            <>
              {' '}
              <Link to={urls.archive(shownMonth)}>Xem các bài viết của tháng</Link>.
            </>
          )}
        </NeedsScript>
        {typed.error && (
          <p id={errorId} className="date-picker__error" role="alert">
            {typed.error}
          </p>
        )}
      </form>
    </section>
  );
}
