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

export function isRealDay(year: number, month: number, day: number): boolean {
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

/** A number with leading zeros: `pad(7)` → `07`, `pad(7, 4)` → `0007`. */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function dayKey({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function monthKey(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}
