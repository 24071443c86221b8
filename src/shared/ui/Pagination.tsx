import { Link } from 'react-router-dom';

/** Page numbers to show: first, last, and two either side of the current one, gaps as null. */
export function pageWindow(current: number, count: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= count; p++) {
    if (p === 1 || p === count || Math.abs(p - current) <= 2) pages.push(p);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

export function Pagination({
  current,
  count,
  hrefFor,
}: {
  current: number;
  count: number;
  hrefFor: (page: number) => string;
}) {
  if (count <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="pagination">
      <ul>
        {current > 1 && (
          <li>
            <Link to={hrefFor(current - 1)} rel="prev">
              ‹ Trang trước
            </Link>
          </li>
        )}
        {pageWindow(current, count).map((page, i) =>
          page === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Link to={hrefFor(page)} aria-current={page === current ? 'page' : undefined}>
                {page}
              </Link>
            </li>
          ),
        )}
        {current < count && (
          <li>
            <Link to={hrefFor(current + 1)} rel="next">
              Trang sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
