import { Link } from 'react-router-dom';
import { useCategories } from '../../features/categories/api/get-categories';
import { useSearch } from '../../features/search/api/use-search';
import { SearchResults } from '../../features/search/components/SearchResults';
import { queryTerms } from '../../features/search/lib/excerpt';
import { PAGE_SIZE, type SearchParams, searchHref } from '../../features/search/lib/params';
import { PageHead } from '../../shared/head/PageHead';
import { useSiteTime } from '../../shared/site/use-site-time';
import { NotFound } from '../../shared/ui/NotFound';
import { Pagination } from '../../shared/ui/Pagination';
import * as urls from '../../shared/urls/app-urls';
import { SearchForm } from './SearchForm';

export function SearchPage({ params }: { params: SearchParams }) {
  const tree = useCategories().data;
  const terms = queryTerms(params.q);
  const search = useSearch(params, terms.length > 0);
  const { q, category, page } = params;
  const categoryName = (slug: string) => tree?.bySlug.get(slug)?.name;
  if (tree && category && !tree.bySlug.has(category)) return <NotFound />;
  const data = search.data;
  if (data && data.total > 0 && page > data.pageCount) return <NotFound />;

  const within = category ? ` trong chuyên mục ${categoryName(category) ?? category}` : '';
  let status = 'Nhập từ cần tìm rồi bấm Tìm. Không cần gõ dấu.';
  if (terms.length > 0) {
    if (search.isError) status = 'Tìm kiếm tạm thời chưa sẵn sàng.';
    else if (!data) status = 'Đang tìm…';
    else if (data.total === 0) status = `Không tìm thấy bài viết nào cho «${q}»${within}.`;
    else {
      const pages = data.pageCount > 1 ? ` (trang ${page}/${data.pageCount})` : '';
      status = `Tìm thấy ${data.total} bài viết cho «${q}»${within}${pages}.`;
    }
  }

  return (
    <>
      <PageHead title={q ? `Tìm kiếm: ${q}` : 'Tìm kiếm'} />
      <h1>Tìm kiếm</h1>
      <SearchForm params={params} tree={tree} />
      {/* Always in the page, so screen readers announce each new count as it changes. */}
      <p role="status" className="search-status">
        {status}
      </p>
      {search.isError && <Unavailable />}
      {data && data.total === 0 && (
        <ul className="search-tips">
          <li>Dùng ít từ hơn: mỗi từ gõ vào đều phải có trong bài.</li>
          <li>Không cần gõ dấu, «d» thay cho «đ»: «ho tich» cũng tìm được «hộ tịch».</li>
          <li>Kiểm tra lỗi chính tả, hoặc thử một từ khác cùng nghĩa.</li>
          {category && (
            <li>
              <Link to={searchHref({ ...params, category: null, page: 1 })}>
                Tìm «{q}» trong mọi chuyên mục
              </Link>
            </li>
          )}
        </ul>
      )}
      {data && data.total > 0 && (
        <>
          <SearchResults
            hits={data.hits}
            terms={terms}
            first={(page - 1) * PAGE_SIZE + 1}
            categoryName={categoryName}
          />
          <Pagination
            current={page}
            count={data.pageCount}
            hrefFor={(p) => searchHref({ ...params, page: p })}
          />
        </>
      )}
    </>
  );
}

/** No index (not built yet, or broken): the other ways to find an article. */
function Unavailable() {
  const tree = useCategories().data;
  const t = useSiteTime();
  const month = t.day(new Date().toISOString()).slice(0, 7);
  return (
    <section className="notice" aria-label="Cách tìm khác">
      <p>
        Bạn vẫn có thể tìm bài viết theo ngày đăng trong{' '}
        <Link to={urls.archive(month)}>lịch bài viết</Link> hoặc theo chuyên mục:
      </p>
      <ul>
        {(tree?.roots ?? []).map((root) => (
          <li key={root.slug}>
            <Link to={urls.category(root.slug)}>{root.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
