/**
 * The site's date styles, chosen once (docs/dates.md): one per kind of place, always in the
 * site's time zone. Every component that shows a date or time takes it from here (through
 * `TimeStamp` / `useSiteTime`), so lists, sidebars, widgets, search results and the article
 * header cannot drift apart again.
 */
import { formatSiteDate, formatSiteTime } from './site-time';

/**
 * When an article was published or updated: `HH:mm - dd/MM/yyyy`, the 2007 site's style
 * (its "(11:19 - 10/12/2007)" after each title). Used wherever an article's instant is shown.
 */
export function formatStamp(instant: string | Date, timeZone: string): string {
  return `${formatSiteTime(instant, timeZone)} - ${formatSiteDate(instant, timeZone)}`;
}

/** The kinds of place a date is shown in, and what each shows. */
export type StampKind =
  /** An article's instant on its own (article header, search result): `HH:mm - dd/MM/yyyy`. */
  | 'stamp'
  /** After a title in a list (lists, sidebars, widgets): `(HH:mm - dd/MM/yyyy)`, as the seed. */
  | 'listed'
  /** Under a heading that already names the day (an archive day): `HH:mm`. */
  | 'time';

export function formatByKind(kind: StampKind, instant: string, timeZone: string): string {
  if (kind === 'time') return formatSiteTime(instant, timeZone);
  const stamp = formatStamp(instant, timeZone);
  return kind === 'listed' ? `(${stamp})` : stamp;
}
