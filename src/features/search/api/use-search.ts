import { useQuery, useQueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { IsoDateTime, Slug } from '../../../shared/contract/primitives';
import { recordFields } from '../../../shared/search/record';
import { fromEngineText, toEngineText } from '../../../shared/search/vi-text';
import { queryTerms } from '../lib/excerpt';
import { PAGE_SIZE, type SearchParams } from '../lib/params';
import { searchPage } from './engine';

/** The index is missing, broken or could not be downloaded: search is not available. */
export class SearchUnavailable extends Error {
  override name = 'SearchUnavailable';
}

// What scripts/search/write-index.ts stores per article (src/shared/search/record.ts), checked
// like any data at the boundary.
const Hit = v.object({
  id: Slug,
  title: v.pipe(v.string(), v.trim(), v.minLength(1)),
  date: IsoDateTime,
  category: Slug,
  content: v.string(),
});

export interface SearchHit {
  id: string;
  title: string;
  date: string;
  category: string;
  /** Summary and body text (the indexed title taken off the front), plain text. */
  text: string;
}

export interface SearchOutcome {
  total: number;
  pageCount: number;
  hits: SearchHit[];
}

function toHit(data: unknown): SearchHit[] {
  const parsed = v.safeParse(Hit, recordFields(data));
  if (!parsed.success) return []; // one malformed result is left out, the others shown
  const { content, ...meta } = parsed.output;
  // The title is stored in the engine's form too, so that Pagefind ranks it by its marks.
  const title = fromEngineText(meta.title);
  const text = fromEngineText(content).normalize('NFC');
  return [
    {
      ...meta,
      title,
      text: text.startsWith(title) ? text.slice(title.length).trim() : text,
    },
  ];
}

export async function runSearch({ q, category, sort, page }: SearchParams): Promise<SearchOutcome> {
  // The worker ranks every match but sends back only the count and the page shown (~1 kB per
  // result), and keeps the ranking for the next page.
  const found = await searchPage({
    query: toEngineText(q),
    category,
    newest: sort === 'newest',
    page,
    pageSize: PAGE_SIZE,
  }).catch((error: unknown) => {
    throw new SearchUnavailable('không tải được hoặc không dùng được chỉ mục', { cause: error });
  });
  const { total } = found;
  // Checked by the worker on the whole text (the page gets only an excerpt's worth of it).
  if (!found.everyWord) return { total: 0, pageCount: 1, hits: [] }; // see hasEveryTerm
  const hits = found.data.flatMap(toHit);
  return { total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), hits };
}

function searchQuery(params: SearchParams) {
  return {
    queryKey: ['portal', 'search', params.q, params.category, params.sort, params.page],
    queryFn: () => runSearch(params),
    // The index does not change during a visit, and a missing one will not appear by retrying.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  };
}

export function useSearch(params: SearchParams, enabled: boolean) {
  return useQuery({ ...searchQuery(params), enabled });
}

/**
 * Starts a search as the form is submitted, before the page that shows it renders: the worker
 * answers while React renders "Đang tìm…" instead of after it (at 4× CPU that render and the
 * navigation took 60–150 ms).
 */
export function usePrefetchSearch(): (params: SearchParams) => void {
  const client = useQueryClient();
  return (params) => {
    if (queryTerms(params.q).length > 0) void client.prefetchQuery(searchQuery(params));
  };
}
