import { type ReactNode, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useCategories } from '../features/categories/api/get-categories';
import { HotlineLine } from '../features/contacts/components/HotlineLine';
import { useFocusOnNavigation } from '../shared/lib/use-focus-on-navigation';
import { useSiteQuery } from '../shared/site/get-site';
import { SiteGate } from '../shared/site/site-context';
import { Loading } from '../shared/ui/Loading';
import * as urls from '../shared/urls/app-urls';
import { PageOutlet } from './PageOutlet';
import { RouteError } from './RouteError';
import { SiteHeader } from './SiteHeader';

/** The portal's header and footer around the route's page (or `children`, for the shell). */
export function RootLayout({ children }: { children?: ReactNode }) {
  const siteQuery = useSiteQuery();
  const categoriesQuery = useCategories();
  const site = siteQuery.data;
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  // Header, breadcrumbs and headings all need these two small files: draw the page once they
  // have settled (either way) instead of letting the header grow under the reader's eyes.
  if (siteQuery.isPending || categoriesQuery.isPending) return <Loading />;

  return (
    <>
      <a className="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <SiteHeader site={site} />
      <main id="main" ref={main} tabIndex={-1} className="page">
        <SiteGate>
          {children ?? <PageOutlet fallback={(error) => <RouteError error={error} />} />}
        </SiteGate>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p className="site-footer__name">{site?.name}</p>
          {site?.address && <p>Địa chỉ: {site.address}</p>}
          <HotlineLine />
          {site?.website && <p>Website: {site.website}</p>}
          <p>
            <Link to={urls.feeds()}>Nhận tin qua Atom/RSS</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
