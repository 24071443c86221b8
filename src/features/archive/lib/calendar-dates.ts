/**
 * DayPicker works on plain calendar days here: a site-local day `yyyy-MM-dd` is the reader's
 * local midnight of the same numbers. Passing `timeZone` instead makes every date operation go
 * through Intl (TZDate): it measured 4× slower to open under CPU throttling.
 */
import { dayKey, parseDayKey, parseMonthKey } from '../../../shared/time/calendar-day';

/** The local Date of a day or month key (its first day); years below 100 stay themselves. */
export function toLocalDate(key: string | undefined): Date | undefined {
  if (!key) return undefined;
  const month = parseMonthKey(key);
  const day = parseDayKey(key) ?? (month ? { ...month, day: 1 } : null);
  if (!day) return undefined;
  const date = new Date(2000, 0, 1);
  // `new Date(1, 0, 1)` would be 1901: setFullYear takes the year as given.
  date.setFullYear(day.year, day.month - 1, day.day);
  return date;
}

export function keyOfLocalDate(date: Date): string {
  return dayKey({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}
