import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { CategoriesDocument, type Category } from '../../../shared/contract/categories';
import * as files from '../../../shared/urls/data-files';

export type { Category };

export const getCategories = (signal?: AbortSignal) =>
  fetchJson(files.categories(), CategoriesDocument, signal).then((doc) => doc.categories);

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
  const parentOf = effectiveParents(bySlug);
  const children = new Map<string, Category[]>();
  const roots: Category[] = [];
  for (const c of unique) {
    const parent = parentOf.get(c.slug);
    if (parent === undefined) roots.push(c);
    else {
      const siblings = children.get(parent);
      if (siblings) siblings.push(c);
      else children.set(parent, [c]);
    }
  }
  const chainOf = (slug: string) => {
    const chain: Category[] = [];
    for (let c = bySlug.get(slug); c; ) {
      chain.unshift(c);
      const parent = parentOf.get(c.slug);
      c = parent === undefined ? undefined : bySlug.get(parent);
    }
    return chain;
  };
  return {
    list: unique,
    bySlug,
    roots,
    childrenOf: (slug) => children.get(slug) ?? [],
    chainOf,
  };
}

/**
 * Each category's parent as the app uses it: none when the data names no parent, an unknown
 * one, itself, or one on a loop (a → b → a). A loop is a broken parent link like a missing
 * parent, so its members become roots rather than categories nobody can reach from the nav.
 * Linear in the number of categories: each is walked up at most once.
 */
function effectiveParents(bySlug: Map<string, Category>): Map<string, string> {
  const parents = new Map<string, string>();
  const done = new Set<string>();
  for (const start of bySlug.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let slug: string | undefined = start;
    while (slug !== undefined && !done.has(slug) && !onPath.has(slug)) {
      path.push(slug);
      onPath.add(slug);
      const parent: string | null | undefined = bySlug.get(slug)?.parent;
      slug = parent != null && bySlug.has(parent) ? parent : undefined;
    }
    // `slug` on the current path: everything from it onwards is the loop.
    const loopStart = slug !== undefined && onPath.has(slug) ? path.indexOf(slug) : path.length;
    path.forEach((member, i) => {
      const parent = bySlug.get(member)?.parent;
      if (i < loopStart && parent != null && bySlug.has(parent)) parents.set(member, parent);
      done.add(member);
    });
  }
  return parents;
}
