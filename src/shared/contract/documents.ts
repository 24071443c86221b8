/**
 * The contract's documents (../shared/spec/CONTRACT.md §1) as schemas. The app parses every
 * response through these, and the static-API generator validates its input and output with
 * the same ones, so the two can never disagree. Pure: valibot and the
 * date/zone checks of ../time, nothing that touches the DOM or the network.
 */
import * as v from 'valibot';
import { parseDayKey, parseMonthKey } from '../time/calendar-day';
import { isValidTimeZone } from '../time/site-time';
import {
  ArticleSummary,
  Count,
  Image,
  IsoDate,
  IsoDateTime,
  lenient,
  listOf,
  PageNumber,
  Slug,
} from './primitives';

export { ArticleSummary };

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));

export const SiteDocument = v.object({
  name: Text,
  shortName: v.fallback(v.string(), ''),
  timeZone: v.pipe(v.string(), v.check(isValidTimeZone, 'không phải múi giờ IANA')),
  address: lenient(v.string()),
  website: lenient(v.string()),
  /** The emblem the header and the site card show; a malformed one is left out. */
  logo: lenient(Image),
});
export type Site = v.InferOutput<typeof SiteDocument>;

export const Category = v.object({
  slug: Slug,
  name: Text,
  parent: v.fallback(v.nullable(Slug), null),
  description: lenient(v.string()),
  articleCount: lenient(Count),
});
export type Category = v.InferOutput<typeof Category>;

export const CategoriesDocument = v.object({ categories: listOf(Category) });

/** A page is a screenful of summaries; thousands on one page is a broken export. */
export const MAX_PAGE_ITEMS = 1000;

export const CategoryPageDocument = v.pipe(
  v.object({
    category: v.string(),
    page: PageNumber,
    pageCount: PageNumber,
    total: Count,
    items: listOf(ArticleSummary, MAX_PAGE_ITEMS),
  }),
  // Every page but an empty category's only one holds at least one article, and no page holds
  // more than a full page, so more pages than `total / items.length` is a broken count.
  v.check(
    ({ pageCount, total, items }) =>
      pageCount <= Math.max(1, items.length === 0 ? total : Math.ceil(total / items.length)),
    'pageCount quá lớn',
  ),
);
export type CategoryPage = v.InferOutput<typeof CategoryPageDocument>;

const Figure = v.object({ ...Image.entries, caption: lenient(v.string()) });

export const ArticleDocument = v.object({
  ...ArticleSummary.entries,
  body: v.string(),
  author: lenient(v.string()),
  updatedAt: lenient(IsoDateTime),
  images: v.fallback(listOf(Figure), []),
  related: v.fallback(v.optional(listOf(ArticleSummary)), undefined),
});
export type Article = v.InferOutput<typeof ArticleDocument>;

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

const Phone = v.object({ label: v.fallback(v.string(), ''), number: v.string() });

export const Contact = v.object({
  id: Slug,
  name: Text,
  role: lenient(v.string()),
  phones: v.fallback(listOf(Phone), []),
  emails: v.fallback(listOf(v.string()), []),
  mailbox: lenient(v.string()),
  address: lenient(v.string()),
  hours: lenient(v.string()),
});
export type Contact = v.InferOutput<typeof Contact>;

export const ContactGroup = v.object({
  id: Slug,
  name: Text,
  kind: v.picklist(['district', 'department', 'ward']),
  contacts: listOf(Contact),
});
export type ContactGroup = v.InferOutput<typeof ContactGroup>;

export const ContactsDocument = v.object({
  updatedAt: lenient(IsoDate),
  groups: listOf(ContactGroup),
});
export type Contacts = v.InferOutput<typeof ContactsDocument>;
