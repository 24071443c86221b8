import { type CalendarDay, isRealDay } from './calendar-day';

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
