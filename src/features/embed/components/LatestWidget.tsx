import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { isNotFound } from '../../../shared/api/errors';
import { useDocumentTitle } from '../../../shared/lib/use-document-title';
import { Loading } from '../../../shared/ui/Loading';
import { ArticleList } from '../../articles/components/ArticleList';
import { mergeNewest } from '../../articles/latest';
import { type CategoryTree, useCategories } from '../../categories/api/get-categories';
import { categoryPageQueryOptions } from '../../categories/api/get-category-page';
import { useRootFirstPages } from '../../categories/api/use-root-first-pages';
import { isValidId } from '../params';
import { EmbedError, EmbedNotFound, EmbedQueryView } from './EmbedQueryView';

export const LATEST_TITLE = 'Tin mới nhất';

/** `/embed/latest`: the newest `limit` articles of one category, or of the whole portal. */
export function LatestWidget({ category, limit }: { category: string | null; limit: number }) {
  const categories = useCategories();
  const name = category ? categories.data?.bySlug.get(category)?.name : undefined;
  const title = name ?? LATEST_TITLE;
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <EmbedQueryView query={categories}>
        {(tree) =>
          category === null ? (
            <PortalNewest tree={tree} limit={limit} />
          ) : tree.bySlug.has(category) && isValidId(category) ? (
            <CategoryNewest key={`${category}|${limit}`} slug={category} limit={limit} />
          ) : (
            <EmbedNotFound>Không tìm thấy chuyên mục “{category}”.</EmbedNotFound>
          )
        }
      </EmbedQueryView>
    </>
  );
}

function NewestList({
  items,
  more,
}: {
  items: Parameters<typeof ArticleList>[0]['items'];
  more: string;
}) {
  return (
    <>
      <ArticleList items={items} variant="compact" linkTarget="_top" />
      {items.length > 0 && (
        <p className="embed__more">
          <Link to={more} target="_top">
            Xem thêm
          </Link>
        </p>
      )}
    </>
  );
}

/** The root categories' first pages merged, as on the portal's home page. */
function PortalNewest({ tree, limit }: { tree: CategoryTree; limit: number }) {
  const { pending, sections } = useRootFirstPages(tree.roots);
  if (pending) return <Loading />;
  const items = mergeNewest(
    sections.map((s) => s.items),
    limit,
  );
  const failed = sections.find((s) => s.error);
  if (items.length === 0 && failed)
    return <EmbedError error={failed.error} onRetry={failed.refetch} />;
  return <NewestList items={items} more="/" />;
}

/**
 * Page 1 of the category, then as many further pages as it takes to reach `limit` (a guess from
 * page 1's size, then one more at a time if malformed items were dropped), never past pageCount.
 */
function CategoryNewest({ slug, limit }: { slug: string; limit: number }) {
  const [pageCount, setPageCount] = useState(1);
  const results = useQueries({
    queries: Array.from({ length: pageCount }, (_, i) => categoryPageQueryOptions(slug, i + 1)),
  });
  const first = results[0];
  const items = mergeNewest(
    results.map((r) => r.data?.items ?? []),
    limit,
  );
  const available = first?.data?.pageCount ?? 1;
  const perPage = first?.data?.items.length ?? 0;
  if (results.every((r) => r.isSuccess) && items.length < limit && pageCount < available) {
    const guess = perPage > 0 ? Math.ceil(limit / perPage) : pageCount + 1;
    // Derived state, adjusted while rendering (bounded by `available`, so it settles).
    setPageCount(Math.min(available, Math.max(pageCount + 1, guess)));
  }
  if (!first || first.isPending) return <Loading />;
  if (first.isError) {
    if (isNotFound(first.error)) return <p className="muted">Chưa có bài viết.</p>;
    return <EmbedError error={first.error} onRetry={() => void first.refetch()} />;
  }
  if (results.some((r) => r.isPending) && items.length < limit) return <Loading />;
  return <NewestList items={items} more={`/categories/${slug}`} />;
}
