import * as urls from '../urls/app-urls';

/**
 * An article's search record, as scripts/search/write-index.ts gives it to Pagefind and as the
 * search page (and the build tests' client) read it back from a result's data.
 *
 * Only the title and the date are meta fields. Pagefind makes every meta field searchable, and
 * an id or a category slug (`sua-duong-pho`, `ho-tich`) holds the title's words without their
 * marks: such an unmarked match of the same page hid the bonus Pagefind gives to an exact-mark
 * match, so "Sửa đường phố…" and "Sửa dương phố…" tied for `đường` (issue #22). The id is read
 * back from the URL, the category from the first value of the category filter (the article's
 * own category, before its ancestors).
 */
const PREFIX = urls.article('');

/** The record's URL: the article's address below the base. */
export const recordUrl = urls.article;

/** The record's fields, unchecked: the caller validates them as data from outside. */
export function recordFields(data: unknown): {
  id: unknown;
  title: unknown;
  date: unknown;
  category: unknown;
  content: unknown;
} {
  const record = (data ?? {}) as {
    url?: unknown;
    content?: unknown;
    meta?: { title?: unknown; date?: unknown };
    filters?: { category?: unknown };
  };
  const url = typeof record.url === 'string' ? record.url : '';
  const categories = record.filters?.category;
  return {
    id: url.startsWith(PREFIX) ? url.slice(PREFIX.length) : undefined,
    title: record.meta?.title,
    date: record.meta?.date,
    category: Array.isArray(categories) ? categories[0] : undefined,
    content: record.content,
  };
}
