import { useQueryClient } from '@tanstack/react-query';
import {
  Component,
  type FormEvent,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useId,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router-dom';
import { checkTypedDate, dayKey, parseDayKey } from '../../../shared/time/calendar-day';
import { formatDayParts } from '../../../shared/time/site-time';
import { useSite } from '../../site/site-context';
import { archiveIndexQueryOptions } from '../api/get-archive-index';
import '../archive.css';

// The only way to react-day-picker: its code and CSS arrive on first open (or hover/focus).
type CalendarPopupComponent = typeof import('./CalendarPopup')['default'];
let loadedPopup: CalendarPopupComponent | undefined;
const loadCalendarPopup = () =>
  import('./CalendarPopup').then((module) => {
    loadedPopup = module.default;
    return module;
  });
const createLazyPopup = () => lazy(loadCalendarPopup);

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
}

/** "Xem bài viết theo ngày": a typed date, or a calendar popup of the days that have articles. */
export function DatePicker({ selectedDay, month, onPickDay }: DatePickerProps) {
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
  const [CalendarPopup, setCalendarPopup] = useState(createLazyPopup);

  const preload = useCallback(() => {
    void loadCalendarPopup().catch(() => undefined);
    void queryClient.prefetchQuery(archiveIndexQueryOptions());
  }, [queryClient]);

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
    if (restoreFocus) openButtonRef.current?.focus();
  }, []);

  const pick = useCallback(
    (day: string) => {
      close(true);
      setError(null);
      setText(formatDayKey(day));
      openDay(day);
    },
    [close, openDay],
  );

  // Once its code is here, render it directly: going through `lazy` again would suspend.
  const Popup = loadedPopup ?? CalendarPopup;

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
                if (open || loadedPopup) {
                  setOpen(!open);
                  return;
                }
                // Wait for the code before opening rather than suspend: React holds a
                // suspended subtree back for ~300 ms, which the reader would feel on every open.
                setOpening(true);
                void loadCalendarPopup()
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
            {open && (
              <PopupBoundary
                onRetry={() => {
                  setCalendarPopup(createLazyPopup);
                }}
              >
                <Suspense
                  fallback={
                    <p className="calendar-popup calendar-popup--loading" role="status">
                      Đang tải lịch…
                    </p>
                  }
                >
                  <Popup
                    timeZone={timeZone}
                    selectedDay={selectedDay}
                    month={month}
                    anchorRef={openButtonRef}
                    onPick={pick}
                    onClose={close}
                  />
                </Suspense>
              </PopupBoundary>
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
