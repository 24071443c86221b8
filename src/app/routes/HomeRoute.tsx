import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { ArticleList } from '../../features/articles/components/ArticleList';
import {
  buildCategoryTree,
  type Category,
  type CategoryTree,
  categoriesQueryOptions,
  useCategories,
} from '../../features/categories/api/get-categories';
import {
  mergeNewest,
  rootSectionsQueryOptions,
  useRootSections,
} from '../../features/categories/api/get-newest';
import { CategoryTreeList } from '../../features/categories/components/CategoryTreeList';
import { HotlineBox } from '../../features/contacts/components/HotlineBox';
import { PageHead } from '../../shared/head/PageHead';
import { whenIdle } from '../../shared/lib/defer';
import { useSite } from '../../shared/site/site-context';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import * as urls from '../../shared/urls/app-urls';
import { DeferredDatePicker } from '../date-box/DeferredDatePicker';

const NEWEST_COUNT = 10;
const PER_SECTION = 5;

/**
 * Home's article lists as soon as the category list is in (index.html preloads it), rather
 * than once the layout has drawn and this page has mounted: one render less before the
 * reader's first screen. Errors are left for the page's own queries to show.
 */
const onServer = typeof window === 'undefined';
const idle = () => (onServer ? Promise.resolve() : new Promise<void>((done) => whenIdle(done)));

/**
 * Home's way into the archive sits below the news: its code comes once the page is idle. A
 * prerendered home shows its links meanwhile (React keeps the drawn markup of a boundary whose
 * code has not arrived, and takes it over after); the generator waits for nothing.
 */
const ArchiveLinks = lazy(() =>
  idle()
    .then(() => import('../../features/archive/components/ArchiveLinks'))
    .then((m) => ({ default: m.ArchiveLinks })),
);

const prefetchArchiveLinks = (client: QueryClient) =>
  import('../../features/archive/api/prefetch-newest').then((m) => m.prefetchNewest(client));

export function prefetch(client: QueryClient) {
  return Promise.all([
    client
      .fetchQuery(categoriesQueryOptions())
      .then((list) =>
        client.prefetchQuery(rootSectionsQueryOptions(client, buildCategoryTree(list).roots)),
      )
      .catch(() => {}),
    // The archive links' newest month and day. The generator waits for them; a browser asks
    // once idle: the links sit below the news, and their code and files would otherwise share
    // the first load with it (a prerendered home carries them anyway).
    onServer ? prefetchArchiveLinks(client) : idle().then(() => prefetchArchiveLinks(client)),
  ]);
}

export function HomeRoute() {
  const site = useSite();
  // The layout draws pages once categories.json has settled: never pending here.
  const categories = useCategories();
  return (
    <>
      <PageHead title={site.name} />
      <h1 className="visually-hidden">{site.name}</h1>
      <HomeBody
        tree={categories.data}
        categoriesError={categories.error}
        retry={() => void categories.refetch()}
      />
    </>
  );
}

const NO_ROOTS: Category[] = [];

/**
 * Drawn whole once the root pages are in, so nothing moves on a phone as they arrive. A broken
 * category list costs the article lists, not the hotline or the date picker.
 */
function HomeBody({
  tree,
  categoriesError,
  retry,
}: {
  tree: CategoryTree | undefined;
  categoriesError: unknown;
  retry: () => void;
}) {
  const query = useRootSections(tree?.roots ?? NO_ROOTS);
  if (query.isPending) return <Loading />;
  const sections = query.data ?? [];
  const newest = mergeNewest(
    sections.map((s) => s.items),
    NEWEST_COUNT,
  );
  return (
    <div className="with-sidebar">
      <div className="with-sidebar__main">
        <section aria-labelledby="newest-title">
          <h2 id="newest-title">Tin mới nhất</h2>
          {categoriesError ? (
            <ErrorMessage error={categoriesError} onRetry={retry} part="danh sách chuyên mục" />
          ) : (
            <ArticleList items={newest} />
          )}
        </section>
        {/* With a single root, its section would repeat the newest list. */}
        {(sections.length > 1 ? sections : []).map(({ category, items, error }) => (
          <section key={category.slug} aria-labelledby={`section-${category.slug}`}>
            <h2 id={`section-${category.slug}`}>
              <Link to={urls.category(category.slug)}>{category.name}</Link>
            </h2>
            {error ? (
              <ErrorMessage
                error={error}
                onRetry={() => void query.refetch()}
                part="tin của chuyên mục này"
              />
            ) : (
              <ArticleList items={items.slice(0, PER_SECTION)} variant="compact" />
            )}
          </section>
        ))}
      </div>
      <aside className="with-sidebar__aside" aria-label="Tiện ích">
        <HotlineBox />
        <DeferredDatePicker />
        {tree && (
          <nav className="box" aria-labelledby="all-categories-title">
            <h2 id="all-categories-title">Chuyên mục</h2>
            <CategoryTreeList tree={tree} />
          </nav>
        )}
        {/* Last: drawn by the browser, it comes once idle and must move nothing below it. */}
        <Suspense fallback={null}>
          <ArchiveLinks />
        </Suspense>
      </aside>
    </div>
  );
}
