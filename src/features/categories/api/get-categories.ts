import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { CategoriesDocument, type Category } from '../../../shared/contract/documents';

export type { Category };

export const getCategories = (signal?: AbortSignal) =>
  fetchJson('categories.json', CategoriesDocument, signal).then((doc) => doc.categories);

export const categoriesQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.categories(),
    // The layout and the page both watch this query: one failure, one message, one retry
    // button, rather than a silent second request when the page mounts.
    retryOnMount: false,
    queryFn: ({ signal }) => getCategories(signal),
    staleTime: 5 * 60_000,
    select: buildCategoryTree,
  });

export const useCategories = () => useQuery(categoriesQueryOptions());

export interface CategoryTree {
  list: Category[];
  bySlug: Map<string, Category>;
  roots: Category[];
  childrenOf: (slug: string) => Category[];
  /** Root first, the category itself last. Stops at cycles and unknown parents. */
  chainOf: (slug: string) => Category[];
}

export function buildCategoryTree(list: Category[]): CategoryTree {
  const bySlug = new Map<string, Category>();
  for (const category of list) if (!bySlug.has(category.slug)) bySlug.set(category.slug, category);
  const unique = [...bySlug.values()];
  // A parent that does not exist makes the category a root rather than an orphan nobody can reach.
  const isRoot = (c: Category) => c.parent === null || !bySlug.has(c.parent) || c.parent === c.slug;
  const chainOf = (slug: string) => {
    const chain: Category[] = [];
    const seen = new Set<string>();
    let current = bySlug.get(slug);
    while (current && !seen.has(current.slug)) {
      chain.unshift(current);
      seen.add(current.slug);
      current = isRoot(current) || current.parent === null ? undefined : bySlug.get(current.parent);
    }
    return chain;
  };
  return {
    list: unique,
    bySlug,
    roots: unique.filter(isRoot),
    childrenOf: (slug) => unique.filter((c) => c.parent === slug && c.slug !== slug),
    chainOf,
  };
}
