import { createContext, type ReactNode, use } from 'react';
import { isNotFound } from '../../shared/api/errors';
import { DocumentTitleSuffix } from '../../shared/lib/use-document-title';
import { QueryView } from '../../shared/ui/QueryView';
import { type Site, useSiteQuery } from './api/get-site';

const SiteContext = createContext<Site | null>(null);

/** Everything below needs the site's time zone, so it renders only once site.json is in. */
export function SiteGate({ children }: { children: ReactNode }) {
  const query = useSiteQuery();
  // Every page needs it, so "page not found" would mislead: say what is missing instead.
  if (query.isError && isNotFound(query.error)) {
    return (
      <section className="notice notice--error" role="alert">
        <p className="notice__title">
          Cổng thông tin chưa sẵn sàng: thiếu thông tin chung (site.json).
        </p>
        <p>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Thử lại
          </button>
        </p>
      </section>
    );
  }
  return (
    <QueryView query={query}>
      {(site) => (
        <SiteContext value={site}>
          <DocumentTitleSuffix value={site.name}>{children}</DocumentTitleSuffix>
        </SiteContext>
      )}
    </QueryView>
  );
}

export function useSite(): Site {
  const site = use(SiteContext);
  if (!site) throw new Error('useSite() outside <SiteGate>');
  return site;
}

/** Non-throwing variant for chrome (header/footer) that can render before the site is known. */
export function useOptionalSite(): Site | null {
  return use(SiteContext);
}
