import type { Plugin } from 'vite';
import { preloadFiles, routeModules } from '../../src/app/preload-files.ts';
import { PAGE_PARAM_PATTERN, SLUG_PATTERN } from '../../src/shared/contract/primitives.ts';

interface BundleChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

const ROUTE_MODULE = /\/src\/app\/(?:routes\/)?(\w+)\.tsx$/;

/**
 * Route module name → the files its chunk needs beyond the entry: its chunk, the chunks it
 * imports statically, and their stylesheets.
 */
function routeFiles(bundle: Record<string, { type: string }>): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is BundleChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const out: Record<string, string[]> = {};
  for (const chunk of chunks) {
    const name = chunk.facadeModuleId?.replaceAll('\\', '/').match(ROUTE_MODULE)?.[1];
    if (!name || chunk.isEntry) continue;
    const files = new Set<string>();
    const visit = (c: BundleChunk | undefined) => {
      if (!c || c.isEntry || files.has(c.fileName)) return;
      files.add(c.fileName);
      for (const css of c.viteMetadata?.importedCss ?? []) files.add(css);
      for (const file of c.imports) visit(byFile.get(file));
    };
    visit(chunk);
    out[name] = [...files];
  }
  return out;
}

/**
 * Starts the page's first requests while the entry chunk is still downloading: an inline
 * script in index.html adds `<link rel="preload" as="fetch">` for the JSON files
 * `preloadFiles` names for the URL and, in a build, `<link rel="modulepreload">` (and style
 * preloads) for the chunks of the route `routeModules` names. Without it the JSON waits for the
 * whole entry chunk, and the route's code for the entry to run and the layout's data to arrive
 * (on a phone, one round trip and ~100 kB later, then another). Under a CSP without
 * 'unsafe-inline' the script is blocked and the app simply fetches them itself.
 */
export function preloadData(): Plugin {
  let apiBase = '/api/';
  let base = '/';
  return {
    name: 'portal-preload-data',
    configResolved(config) {
      base = config.base;
      const api = config.env.VITE_API_BASE || `${config.base}api/`;
      apiBase = api.endsWith('/') ? api : `${api}/`;
    },
    transformIndexHtml(html, ctx) {
      const patterns = { slug: SLUG_PATTERN.source, page: PAGE_PARAM_PATTERN.source };
      const chunks = ctx.bundle ? routeFiles(ctx.bundle) : {};
      const script =
        `(function(add,files,routes,chunks){` +
        `files.forEach(function(n){add("preload",${JSON.stringify(apiBase)}+n,"fetch")});` +
        `routes.forEach(function(r){(chunks[r]||[]).forEach(function(n){` +
        `add(/\\.css$/.test(n)?"preload":"modulepreload",${JSON.stringify(base)}+n,/\\.css$/.test(n)?"style":"")})})` +
        `})(function(rel,href,as){var l=document.createElement("link");l.rel=rel;if(as)l.as=as;` +
        `l.crossOrigin="anonymous";l.href=href;document.head.appendChild(l)},` +
        `(${preloadFiles.toString()})(location.pathname,location.search,${JSON.stringify(patterns)}),` +
        `(${routeModules.toString()})(location.pathname,${JSON.stringify(base)}),` +
        `${JSON.stringify(chunks)})`;
      // Before the entry's <script> and stylesheet (Vite has put them in by now): an inline
      // script after a stylesheet waits for that stylesheet to load. After the <meta>s, so the
      // charset stays within the first 1024 bytes.
      const at = html.search(/<script type="module"|<link rel="stylesheet"|<\/head>/);
      return `${html.slice(0, at)}<script>${script}</script>\n    ${html.slice(at)}`;
    },
  };
}
