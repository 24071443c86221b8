import type { Article } from '../../features/articles/api/get-article';
import { ArticleList } from '../../features/articles/components/ArticleList';
import { useCategoryPage } from '../../features/categories/api/get-category-page';
import { isNotFound } from '../../shared/api/errors';
import type { ArticleSummary } from '../../shared/contract/primitives';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';

const SHOWN = 5;

/**
 * "Các tin đã đưa": the article's own `related` list when the data has one, else the newest
 * other articles of its category (one extra fetch, page 1 only).
 */
export function EarlierArticles({ article }: { article: Article }) {
  const hasRelated = article.related !== undefined && article.related.length > 0;
  return (
    <section className="box" aria-labelledby="earlier-title">
      <h2 id="earlier-title">Các tin đã đưa</h2>
      {hasRelated ? (
        <ArticleList items={(article.related ?? []).slice(0, SHOWN)} variant="compact" />
      ) : (
        <CategoryNewest article={article} />
      )}
    </section>
  );
}

function CategoryNewest({ article }: { article: Article }) {
  const query = useCategoryPage(article.category, 1);
  if (query.isError && !isNotFound(query.error)) {
    return (
      <ErrorMessage
        error={query.error}
        onRetry={() => void query.refetch()}
        part="các tin đã đưa"
      />
    );
  }
  const others: ArticleSummary[] = (query.data?.items ?? []).filter((a) => a.id !== article.id);
  if (query.isPending) return null;
  return (
    <ArticleList items={others.slice(0, SHOWN)} variant="compact" emptyText="Chưa có tin khác." />
  );
}
