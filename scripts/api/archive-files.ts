/**
 * The archive of contract v2 (CONTRACT.md §1): the index of months, each month's day counts,
 * and one file per site-local day with that day's articles and its nearest neighbours with
 * articles on either side (across month and year edges), so a day page reads one file.
 */
import type { Article, ArticleSummary } from '../../src/shared/contract/documents.ts';
import { siteDayKey } from '../../src/shared/time/site-time.ts';
import * as files from '../../src/shared/urls/data-files.ts';

/** `articles` newest first; yields [path, document] in a fixed order. */
export function* archiveFiles(
  articles: readonly Article[],
  timeZone: string,
  summary: (article: Article) => ArticleSummary,
): Generator<[string, unknown]> {
  const days = new Map<string, Article[]>();
  for (const article of articles) {
    const day = siteDayKey(article.publishedAt, timeZone);
    const list = days.get(day);
    if (list) list.push(article);
    else days.set(day, [article]);
  }
  const dayKeys = [...days.keys()].sort();

  const months = new Map<string, { date: string; count: number }[]>();
  for (const date of dayKeys) {
    const month = date.slice(0, 7);
    const entry = { date, count: days.get(date)?.length ?? 0 };
    const list = months.get(month);
    if (list) list.push(entry);
    else months.set(month, [entry]);
  }

  yield [
    files.archiveIndex(),
    {
      months: [...months].map(([month, list]) => ({
        month,
        count: list.reduce((sum, day) => sum + day.count, 0),
      })),
    },
  ];
  for (const [month, list] of months) yield [files.archiveMonth(month), { month, days: list }];
  for (const [i, date] of dayKeys.entries()) {
    yield [
      files.archiveDay(date),
      {
        date,
        items: (days.get(date) ?? []).map(summary),
        previous: dayKeys[i - 1] ?? null,
        next: dayKeys[i + 1] ?? null,
      },
    ];
  }
}
