import { type CSSProperties, type ReactNode, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSiteQuery } from '../../../shared/site/get-site';
import { SiteGate } from '../../../shared/site/site-context';
import { HomeLink } from '../../../shared/ui/HomeLink';
import { useResizeReporter } from '../resize-reporter';
import { themeStyle } from '../theme';
import { EmbedError } from './EmbedQueryView';
import '../embed.css';

/**
 * Frame of every widget: no header or footer of the portal, the ward's accent colour
 * (`?theme=`), a "Nguồn: …" line linking to the portal, and the height reporter on the root so
 * every change — data arriving, the calendar opening, an error — reaches the embedding page.
 */
export function EmbedShell({ children }: { children: ReactNode }) {
  const rootRef = useRef<HTMLDivElement>(null);
  useResizeReporter(rootRef);
  const [params] = useSearchParams();
  const style = themeStyle(params.get('theme')) as CSSProperties | undefined;
  const site = useSiteQuery();
  return (
    <div ref={rootRef} className="embed" style={style}>
      <main className="embed__main">
        <SiteGate renderError={(error, retry) => <EmbedError error={error} onRetry={retry} />}>
          {children}
        </SiteGate>
      </main>
      {site.data && (
        <footer className="embed__source">
          Nguồn: <HomeLink target="_top">{site.data.name}</HomeLink>
        </footer>
      )}
    </div>
  );
}
