import { useSearchParams } from 'react-router-dom';
import { SearchPage } from '../../features/search/components/SearchPage';
import { readSearchParams } from '../../features/search/lib/params';
import { NotFound } from '../../shared/ui/NotFound';

/** `/search?q=&category=&page=` (CONTRACT.md §4). Not keyed by the URL: the live region stays. */
export function SearchRoute() {
  const [search] = useSearchParams();
  const params = readSearchParams(search);
  return params ? <SearchPage params={params} /> : <NotFound />;
}
