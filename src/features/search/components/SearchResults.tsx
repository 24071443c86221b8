import { Link } from 'react-router-dom';
import { TimeStamp } from '../../../shared/site/TimeStamp';
import * as urls from '../../../shared/urls/app-urls';
import type { SearchHit } from '../api/use-search';
import { buildExcerpt, markText } from '../lib/excerpt';
import { Marked } from './Marked';

export function SearchResults({
  hits,
  terms,
  first,
  categoryName,
}: {
  hits: SearchHit[];
  terms: string[];
  /** Number of the first result on this page (11 on page 2). */
  first: number;
  categoryName: (slug: string) => string | undefined;
}) {
  return (
    <ol className="search-results" start={first}>
      {hits.map((hit) => {
        const excerpt = buildExcerpt(hit.text, terms);
        const category = categoryName(hit.category);
        return (
          <li key={hit.id} className="search-result">
            <h2 className="search-result__title">
              <Link to={urls.article(hit.id)}>
                <Marked segments={markText(hit.title, terms)} />
              </Link>
            </h2>
            <p className="search-result__meta">
              <TimeStamp iso={hit.date} />
              {category && (
                <>
                  {' · '}
                  <Link to={urls.category(hit.category)}>{category}</Link>
                </>
              )}
            </p>
            {excerpt.length > 0 && (
              <p className="search-result__excerpt">
                <Marked segments={excerpt} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
