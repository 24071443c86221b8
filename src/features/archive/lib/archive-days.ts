import { addMonths } from '../../../shared/time/month-steps';

/**
 * Pure helpers for the archive. Days are `yyyy-MM-dd` keys and months `yyyy-MM` keys, so plain
 * string order is calendar order.
 */

/** The nearest key before (`-1`) or after (`1`) `key` in `keys` (any order), if any. */
export function nearestKey(
  keys: Iterable<string>,
  key: string,
  direction: -1 | 1,
): string | undefined {
  let best: string | undefined;
  for (const candidate of keys) {
    if (direction < 0 ? candidate >= key : candidate <= key) continue;
    if (best === undefined || (direction < 0 ? candidate > best : candidate < best)) {
      best = candidate;
    }
  }
  return best;
}

/** Selected day's month if it has articles, else the given month, else the newest one. */
export function openingMonth(
  months: readonly string[],
  selectedDay: string | undefined,
  month: string | undefined,
): string | undefined {
  for (const candidate of [selectedDay?.slice(0, 7), month]) {
    if (candidate && months.includes(candidate)) return candidate;
  }
  return months.at(-1);
}

/** The months on either side of `month` that the index lists (only those have files). */
export function neighbourMonths(month: string, listed: readonly string[]): string[] {
  return [addMonths(month, -1), addMonths(month, 1)].filter((m) => listed.includes(m));
}

/**
 * How many of a month's days its page draws at once, newest first (the rest as they near the
 * screen): about a first screen's worth, and what a prerendered month page holds.
 */
export const FIRST_SCREEN_DAYS = 4;

/** The days (ascending, as the month file lists them) a month page draws at once. */
export function firstScreenDays<T>(days: readonly T[]): T[] {
  return days.slice(-FIRST_SCREEN_DAYS).reverse();
}

/**
 * The day the calendar puts focus on when it opens on `month` (docs/dates.md, "The date
 * picker"): the selected day, if it is in that month and has articles; else today (site time),
 * if it does; else the month's newest day with articles — the likeliest next pick, where
 * DayPicker alone would stop on the month's first enabled day. `days` are the month's days
 * with articles (any order; other months' days are ignored).
 */
export function openingFocusDay(
  month: string,
  days: Iterable<string>,
  selectedDay: string | undefined,
  today: string,
): string | undefined {
  const inMonth = [...days].filter((day) => day.startsWith(`${month}-`)).sort();
  for (const candidate of [selectedDay, today]) {
    if (candidate && inMonth.includes(candidate)) return candidate;
  }
  return inMonth.at(-1);
}
