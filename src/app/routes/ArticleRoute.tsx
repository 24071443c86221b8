import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type Params, useParams } from 'react-router-dom';
import { articleQueryOptions, useArticle } from '../../features/articles/api/get-article';
import { startSanitiser } from '../../features/articles/components/ArticleBody';
import { ArticleView } from '../../features/articles/components/ArticleView';
import { useCategories } from '../../features/categories/api/get-categories';
import { categoryPageQueryOptions } from '../../features/categories/api/get-category-page';
import { categoryTrail } from '../../features/categories/category-trail';
import { SLUG_PATTERN } from '../../shared/contract/primitives';
import { firstRasterImage } from '../../shared/head/og-image';
import { PageHead } from '../../shared/head/PageHead';
import { plainTextOf } from '../../shared/html/plain-text';
import { useHydrated } from '../../shared/lib/use-hydrated';
import { useSiteTime } from '../../shared/site/use-site-time';
import { Breadcrumb } from '../../shared/ui/Breadcrumb';
import { NotFound } from '../../shared/ui/NotFound';
import { QueryView } from '../../shared/ui/QueryView';
import { EarlierArticles } from '../article/EarlierArticles';
import { DeferredDatePicker } from '../date-box/DeferredDatePicker';

/** The article, and the category's newest when it has no related list (EarlierArticles). */
export function prefetch(client: QueryClient, { id = '' }: Params) {
  if (!SLUG_PATTERN.test(id)) return undefined;
  return client
    .fetchQuery(articleQueryOptions(id))
    .then((article) =>
      article.related?.length
        ? undefined
        : client.prefetchQuery(categoryPageQueryOptions(article.category, 1)),
    );
}

export function ArticleRoute() {
  const { id = '' } = useParams();
  if (!SLUG_PATTERN.test(id)) return <NotFound />;
  return <ArticlePage key={id} id={id} />;
}

function ArticlePage({ id }: { id: string }) {
  const query = useArticle(id);
  // A page the browser draws itself cleans the body here: its sanitiser comes beside the data
  // (started as the loading state is shown, not when the body first needs it). A prerendered
  // page taken over (first render not hydrated) reuses its drawn body.
  const hydrated = useHydrated();
  const [drawnHere] = useState(hydrated);
  useEffect(() => {
    if (drawnHere) startSanitiser();
  }, [drawnHere]);
  const tree = useCategories().data;
  const time = useSiteTime();
  return (
    <QueryView query={query} asPage>
      {(article) => (
        <div className="with-sidebar">
          <PageHead
            title={article.title}
            description={article.summary?.trim() || plainTextOf(article.body, 200)}
            type="article"
            image={firstRasterImage([...article.images, article.thumbnail])}
            publishedAt={article.publishedAt}
            modifiedAt={article.updatedAt}
            author={article.author}
            section={tree?.bySlug.get(article.category)?.name}
            breadcrumb={categoryTrail(tree, article.category)}
          />
          <div className="with-sidebar__main">
            <Breadcrumb trail={categoryTrail(tree, article.category)} />
            <ArticleView article={article} />
          </div>
          <aside className="with-sidebar__aside no-print" aria-label="Tin liên quan và lịch">
            <EarlierArticles article={article} />
            <DeferredDatePicker selectedDay={time.day(article.publishedAt)} />
          </aside>
        </div>
      )}
    </QueryView>
  );
}
