import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../shared/contract/primitives';
import { TimeStamp } from '../../../shared/site/TimeStamp';
import * as urls from '../../../shared/urls/app-urls';

/**
 * A list of article summaries: each the legacy site's "title (HH:mm - dd/MM/yyyy)" line (the
 * one list style, docs/dates.md); the full variant adds the summary and thumbnail.
 */
export function ArticleList({
  items,
  variant = 'full',
  linkTarget,
  emptyText = 'Chưa có bài viết.',
}: {
  items: ArticleSummary[];
  variant?: 'full' | 'compact';
  linkTarget?: '_top' | '_blank';
  emptyText?: string;
}) {
  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  const linkProps = linkTarget
    ? { target: linkTarget, rel: linkTarget === '_blank' ? 'noopener noreferrer' : undefined }
    : {};
  return (
    <ul className={`article-list article-list--${variant}`}>
      {items.map((item) => (
        <li key={item.id} className="article-list__item">
          {variant === 'full' && item.thumbnail && (
            <img
              className="article-list__thumb"
              src={item.thumbnail.src}
              alt={item.thumbnail.alt}
              loading="lazy"
              width="96"
              height="64"
            />
          )}
          <div>
            <Link to={urls.article(item.id)} className="article-list__title" {...linkProps}>
              {item.title}
            </Link>{' '}
            <span className="article-list__date">
              <TimeStamp iso={item.publishedAt} kind="listed" />
            </span>
            {variant === 'full' && item.summary && (
              <p className="article-list__summary">{item.summary}</p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
