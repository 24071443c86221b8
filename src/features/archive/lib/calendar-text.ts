/**
 * DayPicker's texts, memoised. By default it runs date-fns `format` with the `vi` locale for
 * every day number, weekday and caption on every render: ~90 calls per month shown, the largest
 * part of its render time under a 4× throttled CPU. The texts are the locale's own; only a
 * handful of distinct ones exist, so each is formatted once per session.
 */
import { format } from 'date-fns/format';
import { type DateLib, defaultDateLib, type Formatters, type Labels } from 'react-day-picker';
import { keyOfLocalDate } from './calendar-dates';

function memoBy<K>(key: (date: Date) => K, pattern: (lib: DateLib, date: Date) => string) {
  const cache = new Map<K, string>();
  // DayPicker passes its own DateLib (the `vi` locale); the default only stands in without one.
  return (date: Date, _options?: unknown, lib: DateLib = defaultDateLib): string => {
    const k = key(date);
    let text = cache.get(k);
    if (text === undefined) {
      text = pattern(lib, date);
      cache.set(k, text);
    }
    return text;
  };
}

const weekday = (date: Date) => date.getDay();
const monthOf = (date: Date) => date.getFullYear() * 12 + date.getMonth();
const monthYear = memoBy(monthOf, (lib, date) => lib.formatMonthYear(date));

export const calendarFormatters: Partial<Formatters> = {
  formatDay: (date) => String(date.getDate()),
  formatWeekdayName: memoBy(weekday, (lib, date) => lib.format(date, 'cccccc')),
  formatCaption: monthYear,
  formatYearDropdown: (date) => String(date.getFullYear()),
  // "Tháng 12" rather than "Tháng Mười Hai": the caption must fit a 360px phone.
  formatMonthDropdown: (date) => `Tháng ${date.getMonth() + 1}`,
};

export const calendarLabels: Partial<Labels> = {
  labelGrid: monthYear,
  labelWeekday: memoBy(weekday, (lib, date) => lib.format(date, 'cccc')),
};

/**
 * DayPicker keys every day by `format(date, 'yyyy-MM-dd')` and `'yyyy-MM'` (three calls per
 * day, ~130 per month shown): those two are written directly, anything else goes to date-fns.
 */
export const calendarDateLib: Partial<DateLib> = {
  format: (date, pattern, options) => {
    const d = new Date(date);
    if (pattern === 'yyyy-MM-dd') return keyOfLocalDate(d);
    if (pattern === 'yyyy-MM') return keyOfLocalDate(d).slice(0, 7);
    return format(date, pattern, options);
  },
};
