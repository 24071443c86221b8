import type { QueryClient } from '@tanstack/react-query';
import { Link, Navigate, type Params, useParams, useSearchParams } from 'react-router-dom';
import { ArticleList } from '../../features/articles/components/ArticleList';
import { useCategories } from '../../features/categories/api/get-categories';
import {
  categoryPageQueryOptions,
  useCategoryPage,
} from '../../features/categories/api/get-category-page';
import { categoryTrail } from '../../features/categories/category-trail';
import { FeedAlternateLink } from '../../features/feeds/components/FeedAlternateLink';
import { hasOwnFeed } from '../../features/feeds/feed-url';
import { PAGE_PARAM_PATTERN, SLUG_PATTERN } from '../../shared/contract/primitives';
import { PageHead } from '../../shared/head/PageHead';
import { Breadcrumb } from '../../shared/ui/Breadcrumb';
import { NotFound } from '../../shared/ui/NotFound';
import { Pagination } from '../../shared/ui/Pagination';
import { QueryView } from '../../shared/ui/QueryView';
import * as urls from '../../shared/urls/app-urls';
import { DeferredDatePicker } from '../date-box/DeferredDatePicker';

/** Page absent → 1; anything but a plain positive integer → null (not found). */
function parsePage(raw: string | null | undefined): number | null {
  if (raw == null) return 1;
  return PAGE_PARAM_PATTERN.test(raw) ? Number(raw) : null;
}

export function prefetch(client: QueryClient, params: Params) {
  const page = parsePage(params.page);
  if (!SLUG_PATTERN.test(params.slug ?? '') || page === null) return undefined;
  return client.prefetchQuery(categoryPageQueryOptions(params.slug ?? '', page));
}

/** `/categories/{slug}` and `/categories/{slug}/page/{n}`; the old `?page=n` leads to the latter. */
export function CategoryRoute() {
  const params = useParams();
  const slug = params.slug ?? '';
  const [search] = useSearchParams();
  const query = search.get('page');
  const page = parsePage(params.page ?? query);
  if (!SLUG_PATTERN.test(slug) || page === null) return <NotFound />;
  if ((query !== null && params.page === undefined) || params.page === '1') {
    return <Navigate replace to={urls.category(slug, page)} />;
  }
  return <CategoryPage key={`${slug}/${page}`} slug={slug} page={page} />;
}

function CategoryPage({ slug, page }: { slug: string; page: number }) {
  const tree = useCategories().data;
  const category = tree?.bySlug.get(slug);
  const query = useCategoryPage(slug, page);
  const name = category?.name ?? 'Chuyên mục';
  const trail = categoryTrail(tree, slug);
  const children = tree?.childrenOf(slug) ?? [];

  // The sidebar comes with the list, so on a phone it does not jump down when the list arrives.
  return (
    <QueryView query={query} asPage>
      {(data) =>
        // A page past the end that a server still answers is as missing as one it does not.
        page > data.pageCount ? (
          <NotFound />
        ) : (
          <div className="with-sidebar">
            <PageHead
              title={page > 1 ? `${name} – trang ${page}` : name}
              description={category?.description}
              breadcrumb={trail}
            />
            {hasOwnFeed(slug) && <FeedAlternateLink name={slug} title={`${name} (Atom)`} />}
            <div className="with-sidebar__main">
              <Breadcrumb trail={trail} currentIsLast />
              <h1>{name}</h1>
              {category?.description && <p className="lead">{category.description}</p>}
              {children.length > 0 && (
                <nav aria-label="Chuyên mục con" className="chips">
                  <ul>
                    {children.map((child) => (
                      <li key={child.slug}>
                        <Link to={urls.category(child.slug)}>{child.name}</Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              <p className="muted">
                {data.total} bài viết · trang {page}/{data.pageCount}
              </p>
              <ArticleList items={data.items} emptyText="Chuyên mục chưa có bài viết." />
              <Pagination
                current={page}
                count={data.pageCount}
                hrefFor={(p) => urls.category(slug, p)}
              />
            </div>
            <aside className="with-sidebar__aside" aria-label="Tiện ích">
              <DeferredDatePicker />
            </aside>
          </div>
        )
      }
    </QueryView>
  );
}
