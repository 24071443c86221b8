import type { Plugin } from 'vite';
import { LAYOUTS, type LayoutId, ROUTES, type RouteEntry } from '../../src/app/route-manifest.ts';
import { layoutChildren } from '../../src/app/route-table.ts';

const ID = 'virtual:portal-routes';
const RESOLVED = `\0${ID}`;

/**
 * `virtual:portal-routes`: the router's table, generated from the route manifest at build time,
 * so the browser gets each page's path and lazy import and none of the manifest's other facts
 * (data files, budgets, samples: ~0.8 kB gzip of the entry when shipped as the table itself).
 */
export function routeModules(): Plugin {
  return {
    name: 'portal-route-modules',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? routeModulesCode() : undefined),
  };
}

/** The virtual module's code for `routes`. */
export function routeModulesCode(routes: readonly RouteEntry[] = ROUTES): string {
  const layout = (name: LayoutId) =>
    `[${layoutChildren(name, routes)
      .map(
        ({ path, module }) =>
          `[${JSON.stringify(path)},${JSON.stringify(module)},()=>import(${JSON.stringify(`/src/app/routes/${module}.tsx`)})]`,
      )
      .join(',')}]`;
  return [
    `export const portal=${layout('portal')};`,
    `export const widget=${layout('widget')};`,
    `export const widgetPrefix=${JSON.stringify(LAYOUTS.widget.prefix)};`,
    `export const widgetLayout=${JSON.stringify(LAYOUTS.widget.module)};`,
  ].join('\n');
}
