import { useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { IsoDateTime, Slug } from '../../../shared/contract/primitives';
import { fromEngineText, toEngineText } from '../../../shared/search/vi-text';
import { hasEveryTerm, queryTerms } from '../lib/excerpt';
import { PAGE_SIZE, type SearchParams } from '../lib/params';
import { loadEngine } from './engine';

/** The index is missing, broken or could not be downloaded: search is not available. */
export class SearchUnavailable extends Error {
  override name = 'SearchUnavailable';
}

// What scripts/search/write-index.ts stores per article, checked like any data at the boundary.
const Hit = v.object({
  content: v.string(),
  meta: v.object({
    id: Slug,
    title: v.pipe(v.string(), v.trim(), v.minLength(1)),
    date: IsoDateTime,
    category: Slug,
  }),
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
  const parsed = v.safeParse(Hit, data);
  if (!parsed.success) return []; // one malformed result is left out, the others shown
  const { content, meta } = parsed.output;
  const text = fromEngineText(content).normalize('NFC');
  return [
    {
      ...meta,
      text: text.startsWith(meta.title) ? text.slice(meta.title.length).trim() : text,
    },
  ];
}

export async function runSearch({ q, category, sort, page }: SearchParams): Promise<SearchOutcome> {
  const engine = await loadEngine().catch((error: unknown) => {
    throw new SearchUnavailable('không tải được chỉ mục', { cause: error });
  });
  const found = await engine
    .search(toEngineText(q), {
      ...(category ? { filters: { category } } : {}),
      ...(sort === 'newest' ? { sort: { date: 'desc' } } : {}),
    })
    .catch(() => null);
  if (!found) throw new SearchUnavailable('chỉ mục không dùng được');
  const total = found.results.length;
  // Only the shown page's results are fetched (about 1 kB each).
  const shown = found.results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const data = await Promise.all(shown.map((result) => result.data().catch(() => null)));
  const hits = data.flatMap(toHit);
  const witness = hits[0];
  if (witness && !hasEveryTerm(`${witness.title} ${witness.text}`, queryTerms(q))) {
    return { total: 0, pageCount: 1, hits: [] }; // a word found nowhere: see hasEveryTerm
  }
  return { total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), hits };
}

export function useSearch(params: SearchParams, enabled: boolean) {
  return useQuery({
    queryKey: ['portal', 'search', params.q, params.category, params.sort, params.page],
    queryFn: () => runSearch(params),
    enabled,
    // The index does not change during a visit, and a missing one will not appear by retrying.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
