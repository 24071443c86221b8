import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type DeferUntil, whenIdle } from '../../../shared/lib/defer';
import { savesData } from '../../../shared/lib/saves-data';
import { prefetchCalendar } from '../api/prefetch-calendar';
import { loadCalendarCode, loadedCalendarCode } from '../lib/calendar-code';

const noop = () => undefined;

/**
 * When the calendar's code and data are fetched ahead of the click (`shared/lib/defer.ts`): once
 * the page is `idle`, or on the reader's first `interaction` with the date box (DatePicker
 * calls `prepare` when the pointer or focus enters it).
 */
export type CalendarLoading = Extract<DeferUntil, 'idle' | 'interaction'>;

/**
 * The popup's life: its code and data fetched ahead of time (`prepare`, on interaction, or
 * once the page is idle where `loading` says so, never for Save-Data readers), rendered hidden
 * once here, revealed by `open`. Each close starts a fresh hidden one (`generation`), which
 * opens again on the selected day's month with focus on a day.
 */
export function useCalendarPopup(
  selectedDay: string | undefined,
  month: string | undefined,
  loading: CalendarLoading,
) {
  const queryClient = useQueryClient();
  const [Popup, setPopup] = useState(loadedCalendarCode);
  const [generation, setGeneration] = useState(0);
  const [isOpen, setOpen] = useState(false);
  const [opening, setOpening] = useState(false);
  // How many downloads of the code failed in a row (0: none).
  const [failed, setFailed] = useState(0);
  const openRef = useRef(isOpen);
  useEffect(() => {
    openRef.current = isOpen;
  });

  const preparedFor = useRef<string>(undefined);
  const prepare = useCallback(() => {
    const key = `${selectedDay}|${month}`;
    if (preparedFor.current === key) return;
    preparedFor.current = key;
    // Hidden, the popup cannot subscribe to data that arrives later: it is rendered once the
    // code, the index and its opening month are all here. One rendered earlier (code loaded
    // on an earlier page) starts again.
    // Not in a transition: a transition still pending when the reader clicks "Mở lịch" would
    // restart the popup they just opened. The hidden subtree renders at idle priority anyway.
    prefetchCalendar(queryClient, { selectedDay, month }).then((popup) => {
      setPopup(() => popup);
      if (!openRef.current) setGeneration((n) => n + 1);
    }, noop);
  }, [queryClient, selectedDay, month]);

  // On every page of a visit, not only the first: a day in another month needs that month.
  useEffect(() => {
    if (loading !== 'idle' || savesData()) return;
    return whenIdle(prepare);
  }, [loading, prepare]);

  /** Reveal it; without its code yet, wait for the code rather than suspend (React would hold
   * a suspended subtree back ~300 ms), and say so if it cannot be downloaded. */
  const open = useCallback(() => {
    const code = loadedCalendarCode();
    if (code) {
      setPopup(() => code);
      setOpen(true);
      return;
    }
    setOpening(true);
    loadCalendarCode()
      .then(
        (popup) => {
          setPopup(() => popup);
          setFailed(0);
        },
        () => setFailed((n) => n + 1),
      )
      .finally(() => {
        setOpening(false);
        setOpen(true);
      });
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    setGeneration((n) => n + 1);
  }, []);

  return { Popup, generation, isOpen, opening, failed, prepare, open, close };
}
