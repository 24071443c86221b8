import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import * as urls from '../../../shared/urls/app-urls';

export interface ArchiveNavLink {
  /** `yyyy-MM-dd` or `yyyy-MM`. */
  key: string;
  text: string;
}

/** "← previous · up · next →" under an archive day or month; missing sides are left out. */
export function ArchiveNav({
  label,
  prev,
  up,
  next,
  children,
}: {
  label: string;
  prev?: ArchiveNavLink;
  up?: ArchiveNavLink;
  next?: ArchiveNavLink;
  /** An error message about the links, below them. */
  children?: ReactNode;
}) {
  return (
    <nav className="archive-nav" aria-label={label}>
      <ul className="archive-nav__list">
        {prev && (
          <li className="archive-nav__prev">
            <Link to={urls.archive(prev.key)} rel="prev">
              ← {prev.text}
            </Link>
          </li>
        )}
        {up && (
          <li className="archive-nav__up">
            <Link to={urls.archive(up.key)}>{up.text}</Link>
          </li>
        )}
        {next && (
          <li className="archive-nav__next">
            <Link to={urls.archive(next.key)} rel="next">
              {next.text} →
            </Link>
          </li>
        )}
      </ul>
      {children}
    </nav>
  );
}
