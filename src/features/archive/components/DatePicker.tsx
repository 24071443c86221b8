import { useQueryClient } from '@tanstack/react-query';
import {
  Activity,
  Component,
  type FormEvent,
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router-dom';
import { checkTypedDate, dayKey, parseDayKey } from '../../../shared/time/calendar-day';
import { formatDayParts } from '../../../shared/time/site-time';
import { useSite } from '../../site/site-context';
import { archiveIndexQueryOptions } from '../api/get-archive-index';
import { archiveMonthQueryOptions } from '../api/get-archive-month';
import { openingMonth } from '../lib/archive-days';
import '../archive.css';

// The only way to react-day-picker: its code and CSS arrive on first open, on a sign of
// interest (hover/focus), or, where the calendar is the page's main tool, once the page is idle.
type CalendarPopupComponent = typeof import('./CalendarPopup')['default'];
let loadedPopup: CalendarPopupComponent | undefined;
const loadCalendarPopup = () =>
  import('./CalendarPopup').then((module) => {
    loadedPopup = module.default;
    return module.default;
  });
const createLazyPopup = () => lazy(() => loadCalendarPopup().then((popup) => ({ default: popup })));

const noop = () => undefined;

/** Readers who asked their browser to save data download the calendar only when they open it. */
function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/** `requestIdleCallback` where there is one (not Safari), else a timer. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1500);
  return () => clearTimeout(id);
}

const ERRORS = {
  empty: 'Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 10/12/2007.',
  format: 'Ngày phải viết theo dạng dd/mm/yyyy, ví dụ 10/12/2007.',
  impossible: 'Ngày này không có trên lịch. Hãy kiểm tra lại ngày và tháng.',
} as const;

function formatDayKey(value: string | undefined): string {
  const parsed = value ? parseDayKey(value) : null;
  return parsed ? formatDayParts(parsed.year, parsed.month, parsed.day) : '';
}

export interface DatePickerProps {
  /** `yyyy-MM-dd`: the day being shown, pre-filled and selected in the calendar. */
  selectedDay?: string;
  /** `yyyy-MM`: the month the calendar opens on when no day is selected. */
  month?: string;
  /** What picking a day does; by default, go to that day's archive page. */
  onPickDay?: (day: string) => void;
  /**
   * Load the calendar once the page is idle, where it is the page's main tool (archive pages,
   * the calendar widget); elsewhere it loads on the first sign of interest.
   */
  preloadWhenIdle?: boolean;
}

/** "Xem bài viết theo ngày": a typed date, or a calendar popup of the days that have articles. */
export function DatePicker({ selectedDay, month, onPickDay, preloadWhenIdle }: DatePickerProps) {
  const { timeZone } = useSite();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const openDay = onPickDay ?? ((day: string) => navigate(`/archive/${day}`));
  const ids = useId();
  const headingId = `${ids}-heading`;
  const inputId = `${ids}-input`;
  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);

  const [text, setText] = useState(() => formatDayKey(selectedDay));
  const [shownDay, setShownDay] = useState(selectedDay);
  if (shownDay !== selectedDay) {
    // A new page: show its day in the box (state adjusted during render, no effect needed).
    setShownDay(selectedDay);
    setText(formatDayKey(selectedDay));
  }
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [opening, setOpening] = useState(false);
  const [LazyPopup, setLazyPopup] = useState(createLazyPopup);
  // Once its code is here the popup is rendered hidden ahead of time (React's Activity does it
  // at idle priority, effects unmounted), so "Mở lịch" only has to reveal it. Each close starts
  // a fresh one, which opens again on the selected day's month with focus on a day.
  const [Popup, setPopup] = useState(() => loadedPopup);
  const [generation, setGeneration] = useState(0);

  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  const preparedFor = useRef<string>(undefined);
  const preload = useCallback(() => {
    const key = `${selectedDay}|${month}`;
    if (preparedFor.current === key) return;
    preparedFor.current = key;
    // The code, the index and the month the calendar will open on (on an article page it is not
    // in the cache yet). The hidden popup is rendered once all are here: hidden, it cannot
    // subscribe to data arriving later, and would have to draw its grid on the click.
    const data = queryClient.fetchQuery(archiveIndexQueryOptions()).then((entries) => {
      const months = entries.map((entry) => entry.month);
      const opening = openingMonth(months, selectedDay, month);
      return opening ? queryClient.prefetchQuery(archiveMonthQueryOptions(opening)) : undefined;
    });
    void Promise.all([loadCalendarPopup(), data.catch(noop)]).then(
      ([popup]) =>
        startTransition(() => {
          setPopup(() => popup);
          // One rendered before the data came (code loaded on an earlier page) starts again.
          if (!openRef.current) setGeneration((n) => n + 1);
        }),
      noop,
    );
  }, [queryClient, selectedDay, month]);

  // On every page of an archive visit, not only the first: a day in another month needs its
  // month before the hidden popup can show it (the page itself fetches that month anyway).
  useEffect(() => {
    if (!preloadWhenIdle || savesData()) return;
    return whenIdle(preload);
  }, [preloadWhenIdle, preload]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = checkTypedDate(text);
    if (!result.ok) {
      setError(ERRORS[result.reason]);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    openDay(dayKey(result.day));
  };

  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    setGeneration((n) => n + 1);
    if (restoreFocus) openButtonRef.current?.focus();
  }, []);

  // `pick` stays the same function across renders, so revealing the prerendered popup does not
  // render it again (CalendarPopup is memoised); it calls the latest `openDay`.
  const openDayRef = useRef(openDay);
  useEffect(() => {
    openDayRef.current = openDay;
  });
  const pick = useCallback(
    (day: string) => {
      close(true);
      setError(null);
      setText(formatDayKey(day));
      openDayRef.current(day);
    },
    [close],
  );

  const popupProps = {
    timeZone,
    selectedDay,
    month,
    anchorRef: openButtonRef,
    onPick: pick,
    onClose: close,
  };

  return (
    // Any sign of interest in the box (pointer over it, focus in the date field) starts loading
    // the calendar, so that "Mở lịch" usually finds it ready.
    <section
      className="box date-picker"
      aria-labelledby={headingId}
      onPointerEnter={preload}
      onFocus={preload}
    >
      <h2 id={headingId}>Xem bài viết theo ngày</h2>
      <form className="date-picker__form" onSubmit={onSubmit} noValidate>
        <label htmlFor={inputId} className="date-picker__label">
          Ngày (dd/mm/yyyy)
        </label>
        <div className="date-picker__row">
          <input
            ref={inputRef}
            id={inputId}
            className="date-picker__input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            placeholder="10/12/2007"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              if (error) setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          />
          <button type="submit" className="button date-picker__submit">
            Xem
          </button>
          <div className="date-picker__anchor">
            <button
              ref={openButtonRef}
              type="button"
              className="button date-picker__open"
              aria-haspopup="dialog"
              aria-expanded={open}
              aria-busy={opening || undefined}
              onClick={() => {
                if (open) {
                  close(false);
                  return;
                }
                if (Popup) {
                  setOpen(true);
                  return;
                }
                // Wait for the code before opening rather than suspend: React holds a
                // suspended subtree back for ~300 ms, which the reader would feel on every open.
                setOpening(true);
                void loadCalendarPopup()
                  .then((popup) => setPopup(() => popup))
                  .catch(() => undefined)
                  .finally(() => {
                    setOpening(false);
                    setOpen(true);
                  });
              }}
            >
              <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
                <path
                  fill="currentColor"
                  d="M4 0h2v2h4V0h2v2h3v14H1V2h3zM3 6v8h10V6zm2 2h2v2H5zm4 0h2v2H9z"
                />
              </svg>
              <span>Mở lịch</span>
            </button>
            {(Popup || open) && (
              <Activity mode={open ? 'visible' : 'hidden'}>
                <PopupBoundary
                  key={`${generation}|${selectedDay}|${month}`}
                  onRetry={() => {
                    setLazyPopup(createLazyPopup);
                  }}
                >
                  {Popup ? (
                    <Popup {...popupProps} />
                  ) : (
                    // Only when the code could not be downloaded: the boundary offers a retry.
                    <Suspense
                      fallback={
                        <p className="calendar-popup calendar-popup--loading" role="status">
                          Đang tải lịch…
                        </p>
                      }
                    >
                      <LazyPopup {...popupProps} />
                    </Suspense>
                  )}
                </PopupBoundary>
              </Activity>
            )}
          </div>
        </div>
        <p id={hintId} className="date-picker__hint">
          Ví dụ: 10/12/2007
        </p>
        {error && (
          <p id={errorId} className="date-picker__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** If the calendar's code cannot be downloaded (offline), say so and offer to try again. */
class PopupBoundary extends Component<
  { children: ReactNode; onRetry: () => void },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="calendar-popup calendar-popup--loading" role="alert">
        <p>Không tải được lịch.</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            this.props.onRetry();
            this.setState({ failed: false });
          }}
        >
          Thử lại
        </button>
      </div>
    );
  }
}
