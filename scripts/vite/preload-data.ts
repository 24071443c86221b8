import type { Plugin } from 'vite';

/**
 * Starts the first JSON requests while the JavaScript is still downloading: an inline script
 * in index.html adds `<link rel="preload" as="fetch">` for the files the URL's layout reads
 * first. Without it they wait for the whole entry chunk (one network round trip and ~100 kB
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
      const script = `(function(){var b=${JSON.stringify(apiBase)},p=location.pathname,f=
/\\/embed\\/contacts$/.test(p)?["site.json","contacts.json"]:/\\/embed\\/calendar$/.test(p)?["site.json"]:
/\\/embed\\/latest$/.test(p)?["site.json","categories.json"]:["site.json","categories.json","contacts.json"];
f.forEach(function(n){var l=document.createElement("link");l.rel="preload";l.as="fetch";
l.crossOrigin="anonymous";l.href=b+n;document.head.appendChild(l)})})()`.replace(/\n/g, '');
      return html.replace('</head>', `    <script>${script}</script>\n  </head>`);
    },
  };
}
