/** Calendar days and months as written in URLs (`yyyy-MM-dd`, `yyyy-MM`), checked for reality. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

// Plain arithmetic on the proleptic Gregorian calendar, valid for every year the contract
// allows (0001–9999). `Date.UTC` reads years 0–99 as 1900–1999, which made 0001-01-01 a Tuesday.
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

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

function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseDayKey(value: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

export function parseMonthKey(value: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 1 && month >= 1 && month <= 12 ? { year, month } : null;
}

export type TypedDateResult =
  | { ok: true; day: CalendarDay }
  | { ok: false; reason: 'empty' | 'format' | 'impossible' };

/**
 * What a resident types: `10/12/2007`, `1/2/2008` (day first, as Vietnamese dates are written),
 * telling apart "not a date at all" from "shaped like one but does not exist" (`31/02/2007`).
 */
export function checkTypedDate(value: string): TypedDateResult {
  if (value.trim() === '') return { ok: false, reason: 'empty' };
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  if (!match) return { ok: false, reason: 'format' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day)
    ? { ok: true, day: { year, month, day } }
    : { ok: false, reason: 'impossible' };
}

/** A number with leading zeros: `pad(7)` → `07`, `pad(7, 4)` → `0007`. */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function dayKey({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function monthKey(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

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
