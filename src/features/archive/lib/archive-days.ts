/**
 * Pure helpers for the archive: which site-local day an article belongs to, grouping a month's
 * articles by day, and finding the neighbouring days/months that have articles. Days are
 * `yyyy-MM-dd` keys and months `yyyy-MM` keys, so plain string order is calendar order.
 */
import type { ArticleSummary } from '../../../shared/contract/documents';
import { siteDayKey } from '../../../shared/time/site-time';

export interface ArchiveDay {
  day: string;
  items: ArticleSummary[];
}

const newestFirst = (a: ArticleSummary, b: ArticleSummary) =>
  Date.parse(b.publishedAt) - Date.parse(a.publishedAt);

/**
 * The articles grouped by their site-local day, newest day first and newest article first
 * within a day. With `month`, articles whose site day falls outside that month are left out
 * (a month file is site-local by contract, but the grouping should not trust it blindly).
 */
export function groupByDay(
  items: readonly ArticleSummary[],
  timeZone: string,
  month?: string,
): ArchiveDay[] {
  const byDay = new Map<string, ArticleSummary[]>();
  for (const item of items) {
    const day = siteDayKey(item.publishedAt, timeZone);
    if (month && !day.startsWith(`${month}-`)) continue;
    const list = byDay.get(day);
    if (list) list.push(item);
    else byDay.set(day, [item]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([day, list]) => ({ day, items: list.sort(newestFirst) }));
}

/** The articles of one site-local day, newest first. */
export function itemsOfDay(
  items: readonly ArticleSummary[],
  day: string,
  timeZone: string,
): ArticleSummary[] {
  return items.filter((item) => siteDayKey(item.publishedAt, timeZone) === day).sort(newestFirst);
}

/** How many articles each site-local day has: what the calendar marks. */
export function countByDay(
  items: readonly ArticleSummary[],
  timeZone: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const day = siteDayKey(item.publishedAt, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

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

/** The days with articles in one month's items (site-local, restricted to that month). */
export function daysInMonthWithArticles(
  items: readonly ArticleSummary[],
  timeZone: string,
  month: string,
): string[] {
  return groupByDay(items, timeZone, month).map((group) => group.day);
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
