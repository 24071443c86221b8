import { Link } from 'react-router-dom';
import { HomeLink } from './HomeLink';

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
  // Home is a HomeLink: `{base}/` with its slash under a sub-path (see HomeLink).
  return (
    <nav aria-label="Đường dẫn" className="breadcrumb">
      <ol>
        {crumbs.map((crumb, i) => {
          const isCurrent = currentIsLast && i === crumbs.length - 1;
          return (
            <li key={crumb.to}>
              {i === 0 && !isCurrent ? (
                <HomeLink>{crumb.label}</HomeLink>
              ) : (
                <Link to={crumb.to} aria-current={isCurrent ? 'page' : undefined}>
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
