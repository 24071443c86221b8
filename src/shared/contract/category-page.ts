/** categories/{slug}/{page}.json (contract §1): one page of a category's summaries. */
import * as v from 'valibot';
import { ArticleSummary, Count, listOf, PageNumber } from './primitives';

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
