import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { isNotFound } from '../../../shared/api/errors';
import { portalKeys } from '../../../shared/api/query-keys';
import type { ArticleSummary } from '../../../shared/contract/primitives';
import { byNewest } from '../../../shared/lib/by-newest';
import type { Category } from './get-categories';
import { categoryPageQueryOptions } from './get-category-page';

/** Newest first across several lists, each article once (a child's sits in its root's too). */
export function mergeNewest(lists: ArticleSummary[][], limit: number): ArticleSummary[] {
  const byId = new Map<string, ArticleSummary>();
  for (const list of lists)
    for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort(byNewest).slice(0, limit);
}

export interface RootSection {
  category: Category;
  items: ArticleSummary[];
  /** Why this root's page could not be read (a missing page is no error: no articles yet). */
  error: unknown;
}

/**
 * Page 1 of each root category, each failing on its own: the portal's newest articles are
 * these merged, and the home page's only article reads, so its cost does not grow with the
 * archive. One query over the pages (each still cached as itself), so a page needs no
 * `useQueries` on its first load.
 */
export const rootSectionsQueryOptions = (queryClient: QueryClient, roots: readonly Category[]) =>
  queryOptions({
    queryKey: [...portalKeys.categories(), 'roots', roots.map((root) => root.slug)] as const,
    queryFn: () =>
      Promise.all(
        roots.map(async (category): Promise<RootSection> => {
          try {
            const page = await queryClient.fetchQuery(categoryPageQueryOptions(category.slug, 1));
            return { category, items: page.items, error: null };
          } catch (error) {
            return { category, items: [], error: isNotFound(error) ? null : error };
          }
        }),
      ),
    staleTime: 60_000,
  });

export function useRootSections(roots: readonly Category[]) {
  return useQuery(rootSectionsQueryOptions(useQueryClient(), roots));
}

/**
 * The newest `limit` articles of one category: page 1, then as many further pages as it takes
 * (a guess from page 1's size, then one at a time if malformed items were dropped), never past
 * its pageCount. A category is what its page files say: one without them is not found.
 */
export const categoryNewestQueryOptions = (queryClient: QueryClient, slug: string, limit: number) =>
  queryOptions({
    queryKey: [...portalKeys.categories(), slug, 'newest', limit] as const,
    queryFn: async () => {
      const first = await queryClient.fetchQuery(categoryPageQueryOptions(slug, 1));
      const pages = [first.items];
      const perPage = Math.max(1, first.items.length);
      let read = 1;
      while (pages.flat().length < limit && read < first.pageCount) {
        const upTo = Math.min(first.pageCount, Math.max(read + 1, Math.ceil(limit / perPage)));
        const more = await Promise.all(
          Array.from({ length: upTo - read }, (_, i) =>
            queryClient.fetchQuery(categoryPageQueryOptions(slug, read + i + 1)),
          ),
        );
        pages.push(...more.map((page) => page.items));
        read = upTo;
      }
      return mergeNewest(pages, limit);
    },
    // Each page retries on its own; retrying the whole walk too would multiply them.
    retry: false,
    staleTime: 60_000,
  });

export function useCategoryNewest(slug: string, limit: number) {
  return useQuery(categoryNewestQueryOptions(useQueryClient(), slug, limit));
}
