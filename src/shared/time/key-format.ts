/**
 * Day and month keys (`yyyy-MM-dd`, `yyyy-MM`) as a reader sees them. A key that does not
 * parse is shown as it is: it came from data, and hiding it would hide the problem.
 */
import { parseDayKey, parseMonthKey } from './calendar-day';
import { formatLongDay, formatMonthTitle } from './day-titles';
import { formatDayParts } from './site-time';

/** `10/12/2007`, or '' when there is no valid key (an empty date box). */
export function formatDayKey(key: string | undefined): string {
  const day = key ? parseDayKey(key) : null;
  return day ? formatDayParts(day.year, day.month, day.day) : '';
}

/** `Thứ Hai, 10/12/2007`. */
export function formatDayKeyLong(key: string): string {
  const day = parseDayKey(key);
  return day ? formatLongDay(day.year, day.month, day.day) : key;
}

/** `Tháng 12/2007`. */
export function formatMonthKeyTitle(key: string): string {
  const month = parseMonthKey(key);
  return month ? formatMonthTitle(month.year, month.month) : key;
}
