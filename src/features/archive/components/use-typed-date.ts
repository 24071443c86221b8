import { type FormEvent, type RefObject, useState } from 'react';
import { dayKey } from '../../../shared/time/calendar-day';
import { formatDayKey } from '../../../shared/time/key-format';
import { checkTypedDate } from '../../../shared/time/typed-date';

const ERRORS = {
  empty: 'Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 10/12/2007.',
  format: 'Ngày phải viết theo dạng dd/mm/yyyy, ví dụ 10/12/2007.',
  impossible: 'Ngày này không có trên lịch. Hãy kiểm tra lại ngày và tháng.',
} as const;

/**
 * The date box: what the reader typed, what is wrong with it, and the day it names on submit.
 * A new page's day replaces the text (adjusted during render, no effect needed).
 */
export function useTypedDate(
  selectedDay: string | undefined,
  inputRef: RefObject<HTMLInputElement | null>,
  onDay: (day: string) => void,
) {
  const [text, setText] = useState(() => formatDayKey(selectedDay));
  const [shownDay, setShownDay] = useState(selectedDay);
  const [error, setError] = useState<string | null>(null);
  if (shownDay !== selectedDay) {
    setShownDay(selectedDay);
    setText(formatDayKey(selectedDay));
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = checkTypedDate(text);
    if (!result.ok) {
      setError(ERRORS[result.reason]);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    onDay(dayKey(result.day));
  };

  const type = (value: string) => {
    setText(value);
    setError(null);
  };

  /** A day picked in the calendar: shown in the box, any complaint gone. */
  const show = (day: string) => {
    setText(formatDayKey(day));
    setError(null);
  };

  return { text, error, submit, type, show };
}
