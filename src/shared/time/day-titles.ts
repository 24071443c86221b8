/**
 * The archive's headings: "Thứ Hai, 10/12/2007", "Tháng 12/2007". Apart from site-time.ts,
 * which every page loads, so that only the archive's files carry the weekday names.
 */
import { pad } from './calendar-day';
import { formatDayParts } from './site-time';

/** Day of the week, 0 = Sunday … 6 = Saturday (Sakamoto's method). */
export function weekdayOf(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const sum =
    y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) +
    (offsets[month - 1] ?? 0) +
    day;
  return ((sum % 7) + 7) % 7;
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Hai, 10/12/2007" for a calendar day (no zone involved: it is already a site day). */
export function formatLongDay(year: number, month: number, day: number): string {
  const weekday = WEEKDAYS[weekdayOf(year, month, day)] ?? '';
  return `${weekday}, ${formatDayParts(year, month, day)}`;
}

/** "Tháng 12/2007" for a calendar month (as the month archive's heading). */
export function formatMonthTitle(year: number, month: number): string {
  return `Tháng ${pad(month)}/${pad(year, 4)}`;
}
