import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { preloadTable } from './preload-table.ts';

interface BundleChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

const ROUTE_MODULE = /\/src\/app\/(?:routes\/)?(\w+)\.tsx$/;

/** The inline script's code: constant, so its CSP hash only changes when this file does. */
export const PRELOAD_BOOT = readFileSync(new URL('./preload-boot.js', import.meta.url), 'utf8')
  .replace(/^\/\/.*\n/gm, '')
  .trim();

/**
 * Route module name → the files its chunk needs beyond the entry: its chunk, the chunks it
 * imports statically, and their stylesheets. Also, by its path from the root (`src/…`), each
 * other module a chunk is made for (a lazily loaded one: the manifest's `drawnWith`).
 */
function routeFiles(bundle: Record<string, { type: string }>): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is BundleChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const out: Record<string, string[]> = {};
  for (const chunk of chunks) {
    const id = chunk.facadeModuleId?.replaceAll('\\', '/');
    const name = id?.match(ROUTE_MODULE)?.[1] ?? id?.match(/\/(src\/.+)$/)?.[1];
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

/** JSON for a `<script type="application/json">`: `<` escaped, so no `</script>` can end it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Starts the page's first requests while the entry chunk is still downloading: an inline
 * script in index.html adds `<link rel="preload" as="fetch">` for the JSON files the route
 * manifest names for the URL and, in a build, `<link rel="modulepreload">` (and style preloads)
 * for its route's chunks. Without it the JSON waits for the whole entry chunk, and the route's
 * code for the entry to run and the layout's data to arrive (on a phone, one round trip and
 * ~100 kB later, then another). The table is data beside the script, so the script's bytes
 * (and its CSP hash) stay the same from build to build.
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
      const table = preloadTable(ctx.bundle ? routeFiles(ctx.bundle) : {}, base, apiBase);
      const tags =
        `<script type="application/json" id="portal-preload">${jsonForScript(table)}</script>\n    ` +
        `<script>${PRELOAD_BOOT}</script>\n    `;
      // Before the entry's <script> and stylesheet (Vite has put them in by now): an inline
      // script after a stylesheet waits for that stylesheet to load. After the <meta>s, so the
      // charset stays within the first 1024 bytes.
      const at = html.search(/<script type="module"|<link rel="stylesheet"|<\/head>/);
      return `${html.slice(0, at)}${tags}${html.slice(at)}`;
    },
  };
}
