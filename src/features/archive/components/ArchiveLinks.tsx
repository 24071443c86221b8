import { Link } from 'react-router-dom';
import { formatDayKey, formatMonthKeyTitle } from '../../../shared/time/key-format';
import * as urls from '../../../shared/urls/app-urls';
import { useNewestArchive } from '../api/use-newest-day';

/**
 * Home's way into the archive, as plain links (they work without JavaScript): the newest day
 * that has articles and its month, both named from the data (`prefetchNewest` loads them).
 * Nothing while they load or when the archive is empty or broken: the date box is beside it.
 */
export function ArchiveLinks() {
  // From the cache, filled by the route's prefetch: no fetcher or schema on home's first load.
  const { month, day: newestDay } = useNewestArchive();
  if (!month) return null;
  return (
    <nav className="box archive-links" aria-labelledby="archive-links-title">
      <h2 id="archive-links-title">Lưu trữ</h2>
      <ul className="plain-list">
        {newestDay && (
          <li>
            <Link to={urls.archive(newestDay)}>Tin ngày {formatDayKey(newestDay)}</Link>
          </li>
        )}
        <li>
          <Link to={urls.archive(month)}>Lưu trữ {formatMonthKeyTitle(month).toLowerCase()}</Link>
        </li>
      </ul>
    </nav>
  );
}
