/**
 * The search page's state lives in its URL (CONTRACT.md §2): `/search?q=&category=&page=`,
 * plus `sort=newest` (relevance when absent). The URL is what a reader bookmarks, shares and
 * goes back to, so every value read from it is checked and the URLs we write are canonical.
 */
import { SLUG_PATTERN } from '../../../shared/contract/primitives';
import * as urls from '../../../shared/urls/app-urls';

export const PAGE_SIZE = 10;
/** Longer queries are cut: nobody types more, and every word costs index chunks to fetch. */
const MAX_QUERY = 200;

export type SearchSort = 'relevance' | 'newest';

export interface SearchParams {
  q: string;
  category: string | null;
  sort: SearchSort;
  page: number;
}

/** null when the URL is malformed (a bad page or category): the page says "not found". */
export function readSearchParams(params: URLSearchParams): SearchParams | null {
  const q = (params.get('q') ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY);
  const rawCategory = params.get('category') || null;
  const rawPage = params.get('page');
  if (rawCategory !== null && !SLUG_PATTERN.test(rawCategory)) return null;
  if (rawPage !== null && !/^[1-9]\d{0,5}$/.test(rawPage)) return null;
  return {
    q,
    category: rawCategory,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    page: rawPage === null ? 1 : Number(rawPage),
  };
}

/** The search page's address for these parameters, leaving out the defaults. */
export function searchHref({ q, category, sort, page }: SearchParams): string {
  const params = new URLSearchParams();
  params.set('q', q);
  if (category) params.set('category', category);
  if (sort === 'newest') params.set('sort', 'newest');
  if (page > 1) params.set('page', String(page));
  return urls.search(`${params}`);
}
