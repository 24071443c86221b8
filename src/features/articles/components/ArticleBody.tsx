import { useMemo } from 'react';
import { sanitizeTrustedHtml } from '../../../shared/html/sanitize';

export function ArticleBody({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeTrustedHtml(html), [html]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by an allow-list just above
  return <div className="article__body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
