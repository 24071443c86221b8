import { createContext, type ReactNode, use } from 'react';
import { InvalidDataError, isNotFound } from '../api/errors';
import { DocumentTitleSuffix } from '../head/PageHead';
import { QueryView } from '../ui/QueryView';
import * as files from '../urls/data-files';
import { type Site, useSiteQuery } from './get-site';

const SiteContext = createContext<Site | null>(null);

/**
 * Everything below needs the site's time zone, so it renders only once site.json is in: the
 * one place that loads it and says why it failed (a widget says it in its own compact words).
 */
export function SiteGate({
  children,
  renderError = (error, retry) => <SiteDown error={error} retry={retry} />,
}: {
  children: ReactNode;
  renderError?: (error: unknown, retry: () => void) => ReactNode;
}) {
  const query = useSiteQuery();
  // Every page needs it, so neither "page not found" nor "this part is faulty" would be true:
  // the whole site is down, and the message says so and why.
  if (query.isError) return renderError(query.error, () => void query.refetch());
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

function SiteDown({ error, retry }: { error: unknown; retry: () => void }) {
  const reason = isNotFound(error)
    ? `thiếu thông tin chung (${files.site()})`
    : error instanceof InvalidDataError
      ? `thông tin chung (${files.site()}) bị lỗi`
      : `không tải được thông tin chung (${files.site()})`;
  return (
    <section className="notice notice--error" role="alert">
      <p className="notice__title">Cổng thông tin chưa sẵn sàng: {reason}.</p>
      <p>Mọi trang đều cần thông tin này.</p>
      <p>
        <button type="button" className="button" onClick={retry}>
          Thử lại
        </button>
      </p>
    </section>
  );
}

export function useSite(): Site {
  const site = use(SiteContext);
  if (!site) throw new Error('useSite() outside <SiteGate>');
  return site;
}
