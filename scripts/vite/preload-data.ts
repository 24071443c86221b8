import type { Plugin } from 'vite';
import { preloadFiles } from '../../src/app/preload-files.ts';
import { PAGE_PARAM_PATTERN, SLUG_PATTERN } from '../../src/shared/contract/primitives.ts';

/**
 * Starts the first JSON requests while the JavaScript is still downloading: an inline script
 * in index.html adds `<link rel="preload" as="fetch">` for the files `preloadFiles` names for
 * the URL. Without it they wait for the whole entry chunk (one network round trip and ~100 kB
 * later on a phone). Under a CSP without 'unsafe-inline' the script is blocked and the app
 * simply fetches them itself.
 */
export function preloadData(): Plugin {
  let apiBase = '/api/';
  return {
    name: 'portal-preload-data',
    configResolved(config) {
      const base = config.env.VITE_API_BASE || `${config.base}api/`;
      apiBase = base.endsWith('/') ? base : `${base}/`;
    },
    transformIndexHtml(html) {
      const patterns = { slug: SLUG_PATTERN.source, page: PAGE_PARAM_PATTERN.source };
      const script =
        `(function(b,f){f.forEach(function(n){var l=document.createElement("link");` +
        `l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=b+n;` +
        `document.head.appendChild(l)})})(${JSON.stringify(apiBase)},(${preloadFiles.toString()})` +
        `(location.pathname,location.search,${JSON.stringify(patterns)}))`;
      // A function, so that `$` in the source is not read as a replacement pattern.
      return html.replace('</head>', () => `    <script>${script}</script>\n  </head>`);
    },
  };
}
