import { Link } from 'react-router-dom';
import { ArticleList } from '../../features/articles/components/ArticleList';
import { type CategoryTree, useCategories } from '../../features/categories/api/get-categories';
import {
  mergeNewest,
  useCategoryNewest,
  useRootSections,
} from '../../features/categories/api/get-newest';
import {
  EmbedError,
  EmbedNotFound,
  EmbedQueryView,
} from '../../features/embed/components/EmbedQueryView';
import { isValidId } from '../../features/embed/params';
import { WIDGET_TITLES } from '../../features/embed/snippet';
import { isNotFound } from '../../shared/api/errors';
import { PageHead } from '../../shared/head/PageHead';
import { Loading } from '../../shared/ui/Loading';
import * as urls from '../../shared/urls/app-urls';

const LATEST_TITLE = WIDGET_TITLES.latest;

/** `/embed/latest`: the newest `limit` articles of one category, or of the whole portal. */
export function LatestWidget({ category, limit }: { category: string | null; limit: number }) {
  const categories = useCategories();
  const name = category ? categories.data?.bySlug.get(category)?.name : undefined;
  const title = name ?? LATEST_TITLE;
  return (
    <>
      <PageHead title={title} />
      <h1>{title}</h1>
      <EmbedQueryView query={categories}>
        {(tree) =>
          category === null ? (
            <PortalNewest tree={tree} limit={limit} />
          ) : isValidId(category) ? (
            // Known or not to categories.json: its page files decide, as on the portal.
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
  const query = useRootSections(tree.roots);
  if (query.isPending) return <Loading />;
  const sections = query.data ?? [];
  const items = mergeNewest(
    sections.map((s) => s.items),
    limit,
  );
  const failed = sections.find((s) => s.error);
  if (items.length === 0 && failed)
    return <EmbedError error={failed.error} onRetry={() => void query.refetch()} />;
  return <NewestList items={items} more="/" />;
}

function CategoryNewest({ slug, limit }: { slug: string; limit: number }) {
  const query = useCategoryNewest(slug, limit);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isNotFound(query.error)) {
      return <EmbedNotFound>Không tìm thấy chuyên mục “{slug}”.</EmbedNotFound>;
    }
    return <EmbedError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <NewestList items={query.data} more={urls.category(slug)} />;
}
