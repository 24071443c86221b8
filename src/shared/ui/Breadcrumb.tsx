import { Link } from 'react-router-dom';

export interface Crumb {
  to: string;
  label: string;
}

/** Trang chủ › … ; the last crumb is the current page when `currentIsLast`. */
export function Breadcrumb({
  trail,
  currentIsLast = false,
}: {
  trail: Crumb[];
  currentIsLast?: boolean;
}) {
  const crumbs = [{ to: '/', label: 'Trang chủ' }, ...trail];
  return (
    <nav aria-label="Đường dẫn" className="breadcrumb">
      <ol>
        {crumbs.map((crumb, i) => {
          const isCurrent = currentIsLast && i === crumbs.length - 1;
          return (
            <li key={crumb.to}>
              <Link to={crumb.to} aria-current={isCurrent ? 'page' : undefined}>
                {crumb.label}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
