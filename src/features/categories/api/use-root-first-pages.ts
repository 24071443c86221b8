import { useQueries } from '@tanstack/react-query';
import { isNotFound } from '../../../shared/api/errors';
import type { Category } from './get-categories';
import { categoryPageQueryOptions } from './get-category-page';

/**
 * Page 1 of each root category: the home page's only article fetches, so its cost does not
 * grow with the archive. A root with no page file simply has no articles yet.
 */
export function useRootFirstPages(roots: Category[]) {
  return useQueries({
    queries: roots.map((root) => categoryPageQueryOptions(root.slug, 1)),
    combine: (results) => ({
      pending: results.some((r) => r.isPending),
      sections: roots.map((root, i) => {
        const result = results[i];
        const failed = result?.isError && !isNotFound(result.error);
        return {
          category: root,
          items: result?.data?.items ?? [],
          error: failed ? result.error : null,
          refetch: () => void result?.refetch(),
        };
      }),
    }),
  });
}
