/**
 * Stepping through `yyyy-MM` keys (the archive's month links, the calendar's arrows). Apart from
 * calendar-day.ts, which every page loads, so that only the archive's files carry it.
 */
import { monthKey, parseMonthKey } from './calendar-day';

/** Months since year 0: plain numbers to step and compare, whatever the year's width. */
function monthIndex(key: string): number {
  const parsed = parseMonthKey(key);
  if (!parsed) throw new Error(`not a month key: ${key}`);
  return parsed.year * 12 + (parsed.month - 1);
}

function fromMonthIndex(index: number): string {
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** `yyyy-MM` shifted by whole months: `addMonths('2007-12', 1)` → `'2008-01'`. */
export function addMonths(key: string, delta: number): string {
  return fromMonthIndex(monthIndex(key) + delta);
}

/** `key` moved by `delta` months, but never before `first` nor after `last`. */
export function stepMonthWithin(key: string, delta: number, first: string, last: string): string {
  const target = monthIndex(key) + delta;
  return fromMonthIndex(Math.min(Math.max(target, monthIndex(first)), monthIndex(last)));
}
