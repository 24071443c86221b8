import type { Plugin } from 'vite';
import { SITE_FEED } from '../../src/shared/lib/site-feed.ts';
import * as files from '../../src/shared/urls/data-files.ts';

/**
 * Announces the site-wide Atom feed (contract §5) in index.html, so every page has it for feed
 * readers and browsers, with or without JavaScript. The address follows the app's data
 * location: `VITE_API_BASE`, else `api/` under the build's base (`/portal/api/feeds/all.xml`).
 */
export function feedLink(): Plugin {
  let href = '/api/feeds/all.xml';
  return {
    name: 'portal-feed-link',
    configResolved(config) {
      const base = config.env.VITE_API_BASE || `${config.base}api/`;
      href = `${base.endsWith('/') ? base : `${base}/`}${files.feed(SITE_FEED)}`;
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'alternate',
            type: 'application/atom+xml',
            title: 'Tin mới nhất (Atom)',
            href,
          },
          injectTo: 'head',
        },
      ];
    },
  };
}
