import type { RouteObject } from 'react-router-dom';
import { LAYOUTS, ROUTES, type RouteEntry } from '../../src/app/route-manifest';
import { layoutChildren } from '../../src/app/route-table';

/** The router's shape, as routes.tsx derives it, with module names for elements. */
export function namedRouteTable(routes: readonly RouteEntry[] = ROUTES): RouteObject[] {
  const children = (layout: 'portal' | 'widget') =>
    layoutChildren(layout, routes).map(({ path, module }) =>
      path === '' ? { index: true, id: module } : { path, id: `${layout}:${path}:${module}` },
    );
  return [
    { path: '/', id: 'portal', children: children('portal') },
    { path: `/${LAYOUTS.widget.prefix}`, id: 'widget', children: children('widget') },
  ];
}
