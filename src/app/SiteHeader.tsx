import type { MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { CategoryNav } from '../features/categories/components/CategoryNav';
import { searchBox } from '../features/search/components/SearchBox';
import type { Site } from '../shared/contract/site';
import { SiteLogo } from '../shared/site/SiteLogo';
import { HomeLink } from '../shared/ui/HomeLink';
import * as urls from '../shared/urls/app-urls';

const links = (
  <>
    <CategoryNav />
    <Link to={urls.contacts()}>Đường dây nóng</Link>
  </>
);

/** A link followed inside the folded menu closes it (the page changes under it, in the app). */
function closeOnLink(event: MouseEvent<HTMLDetailsElement>) {
  if ((event.target as Element).closest('a')) event.currentTarget.open = false;
}

/**
 * The portal's header: emblem and name, the root categories, the search box. On a phone
 * (≤ 480 px, chrome.css) the categories fold into a native `<details>` menu, which opens
 * without JavaScript on a prerendered page too; wider, they are one row with the name and the
 * search box. Both are drawn; CSS shows one (the other is `display: none`, out of the
 * accessibility tree), so server and browser render the same markup at any width.
 */
export function SiteHeader({ site }: { site: Site | undefined }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <HomeLink className="site-header__name">
          {site?.logo && <SiteLogo logo={site.logo} siteName={site.name} />}
          <span>{site?.name ?? 'Cổng thông tin'}</span>
        </HomeLink>
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: it listens for its links' clicks, which Enter fires too */}
        <details className="site-menu" onClick={closeOnLink}>
          {/* Its ☰ is drawn by CSS (chrome.css): every page's first-load JS is on a budget. */}
          <summary>Chuyên mục</summary>
          <nav aria-label="Chuyên mục chính" className="site-menu__list">
            {links}
          </nav>
        </details>
        <nav aria-label="Chuyên mục chính" className="site-nav">
          {links}
        </nav>
        {searchBox}
      </div>
    </header>
  );
}
