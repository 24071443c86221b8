import { Link } from 'react-router-dom';

/**
 * Page numbers to show: first, last, and two either side of the current one, gaps as null.
 * Built from those few numbers only, never by walking 1…count: the count comes from the data,
 * and a hostile or broken file can say 9 007 199 254 740 991.
 */
export function pageWindow(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count]);
  // Step over offsets, not pages: near 2^53, p + 1 === p and a page loop would never end.
  for (let d = -2; d <= 2; d++) {
    const p = current + d;
    if (p >= 1 && p <= count) wanted.add(p);
  }
  const sorted = [...wanted].sort((a, b) => a - b);
  const pages: (number | null)[] = [];
  for (const p of sorted) {
    const last = pages[pages.length - 1];
    if (typeof last === 'number' && p > last + 1) pages.push(null);
    pages.push(p);
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
