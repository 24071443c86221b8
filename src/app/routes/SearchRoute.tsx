import { useSearchParams } from 'react-router-dom';
import { readSearchParams } from '../../features/search/lib/params';
import { NotFound } from '../../shared/ui/NotFound';
import { SearchPage } from '../search/SearchPage';

/** `/search?q=&category=&page=` (CONTRACT.md §4). Not keyed by the URL: the live region stays. */
export function SearchRoute() {
  const [search] = useSearchParams();
  const params = readSearchParams(search);
  return params ? <SearchPage params={params} /> : <NotFound />;
}
