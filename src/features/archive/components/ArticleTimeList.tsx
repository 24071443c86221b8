import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../shared/contract/primitives';
import { useSiteTime } from '../../../shared/site/use-site-time';
import * as urls from '../../../shared/urls/app-urls';

/** One day's articles: site-local `HH:mm` and the linked title. */
export function ArticleTimeList({ items }: { items: ArticleSummary[] }) {
  const { time } = useSiteTime();
  return (
    <ul className="archive-list">
      {items.map((item) => (
        <li key={item.id} className="archive-list__item">
          <time className="archive-list__time" dateTime={item.publishedAt}>
            {time(item.publishedAt)}
          </time>
          <Link to={urls.article(item.id)} className="archive-list__title">
            {item.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
