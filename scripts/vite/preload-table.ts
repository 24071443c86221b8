import { LAYOUTS, PARAM_PATTERNS, ROUTES, type RouteEntry } from '../../src/app/route-manifest.ts';
import { rankedRoutes, routePattern } from '../../src/app/route-table.ts';

/** One row of index.html's preload table; `preload-boot.js` reads it. */
export interface PreloadRow {
  /** The URL below the base path, as React Router would match it (any segment for a param). */
  re: string;
  /** Each captured param's name and the shape it needs for the page to exist. */
  params: [name: string, shape: string][];
  /** Chunks and stylesheets (relative to the base) of the page's modules. */
  files: string[];
  /** Contract files (relative to the API base), `{param}` filled in by the script. */
  data: string[];
  /** Chunks a page the browser draws itself loads at once (`drawnWith`); not a drawn page's. */
  draw?: string[];
}

export interface PreloadTable {
  base: string;
  api: string;
  routes: PreloadRow[];
}

/**
 * The manifest as index.html's inline script needs it: most specific route first, with the
 * files `chunks` (route module name → its files, from the bundle) gives each page.
 */
export function preloadTable(
  chunks: Readonly<Record<string, readonly string[]>>,
  base: string,
  api: string,
  manifest: readonly RouteEntry[] = ROUTES,
): PreloadTable {
  const routes = rankedRoutes(manifest).map((route): PreloadRow => {
    const { re, names } = routePattern(route);
    const layout = LAYOUTS[route.layout];
    const modules = layout.lazy ? [layout.module, route.module] : [route.module];
    return {
      re,
      params: names.map((name) => {
        const kind = route.params?.[name];
        return [name, kind ? PARAM_PATTERNS[kind].source : '^[^/]+$'];
      }),
      files: [...new Set(modules.flatMap((m) => chunks[m] ?? []))],
      data: [...layout.data, ...(route.data ?? [])],
      ...(route.drawnWith?.length
        ? { draw: [...new Set(route.drawnWith.flatMap((m) => chunks[m] ?? []))] }
        : {}),
    };
  });
  return { base, api, routes };
}
