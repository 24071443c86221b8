import { createContext, type ReactNode, use } from 'react';
import { QueryView } from '../../shared/ui/QueryView';
import { type Site, useSiteQuery } from './api/get-site';

const SiteContext = createContext<Site | null>(null);

/** Everything below needs the site's time zone, so it renders only once site.json is in. */
export function SiteGate({ children }: { children: ReactNode }) {
  const query = useSiteQuery();
  return (
    <QueryView query={query}>
      {(site) => <SiteContext value={site}>{children}</SiteContext>}
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
