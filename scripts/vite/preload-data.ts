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
      // The layout's files for every URL, plus the page's own when the URL names it: an
      // article, an archive day or month, a category page (anything the app would call "not
      // found" is left to the app).
      const script = `(function(){var b=${JSON.stringify(apiBase)},p=location.pathname,m,q,f=
/\\/embed\\/contacts$/.test(p)?["site.json","contacts.json"]:/\\/embed\\/calendar$/.test(p)?["site.json"]:
/\\/embed\\/latest$/.test(p)?["site.json","categories.json"]:["site.json","categories.json","contacts.json"];
if(m=/\\/articles\\/([a-z0-9][a-z0-9-]{0,127})$/.exec(p))f.push("articles/"+m[1]+".json");
else if(m=/\\/archive\\/(\\d{4}-(0[1-9]|1[0-2]))(-\\d\\d)?$/.exec(p))f.push("archive/index.json","archive/"+m[1]+".json");
else if((m=/\\/categories\\/([a-z0-9][a-z0-9-]{0,127})$/.exec(p))&&(q=/^(?:\\?page=([1-9]\\d*))?$/.exec(location.search)))
f.push("categories/"+m[1]+"/"+(q[1]||1)+".json");
f.forEach(function(n){var l=document.createElement("link");l.rel="preload";l.as="fetch";
l.crossOrigin="anonymous";l.href=b+n;document.head.appendChild(l)})})()`.replace(/\n/g, '');
      return html.replace('</head>', `    <script>${script}</script>\n  </head>`);
    },
  };
}
