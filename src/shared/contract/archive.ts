/** archive/index.json, archive/{month}.json and archive/{day}.json (contract §1). */
import * as v from 'valibot';
import { parseDayKey, parseMonthKey } from '../time/calendar-day';
import { ArticleSummary, Count, listOf } from './primitives';

const MonthKey = v.pipe(
  v.string(),
  v.check((m) => parseMonthKey(m) !== null, 'không phải tháng YYYY-MM'),
);

export const ArchiveMonthEntry = v.object({ month: MonthKey, count: Count });
export type ArchiveMonthEntry = v.InferOutput<typeof ArchiveMonthEntry>;

export const ArchiveIndexDocument = v.object({ months: listOf(ArchiveMonthEntry) });

const DayKey = v.pipe(
  v.string(),
  v.check((d) => parseDayKey(d) !== null, 'không phải ngày YYYY-MM-DD'),
);

export const ArchiveDayCount = v.object({ date: DayKey, count: Count });
export type ArchiveDayCount = v.InferOutput<typeof ArchiveDayCount>;

/** v2: a month holds only how many articles each of its days has. */
export const ArchiveMonthDocument = v.object({ month: MonthKey, days: listOf(ArchiveDayCount) });

/** v2: one site-local day's articles and the nearest days on either side that have some. */
export const ArchiveDayDocument = v.object({
  date: DayKey,
  items: listOf(ArticleSummary),
  previous: v.fallback(v.nullable(DayKey), null),
  next: v.fallback(v.nullable(DayKey), null),
});
export type ArchiveDay = v.InferOutput<typeof ArchiveDayDocument>;
