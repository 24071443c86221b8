import { LAYOUTS, type LayoutId, ROUTES, type RouteEntry } from './route-manifest.ts';

/** React Router's own path ranking (computeScore), so the preload table picks as it does. */
function rankOf(fullPath: string, index: boolean): number {
  const segments = fullPath.split('/');
  const isSplat = (s: string) => s === '*';
  let score = segments.length + (segments.some(isSplat) ? -2 : 0) + (index ? 2 : 0);
  for (const s of segments) {
    if (isSplat(s)) continue;
    score += /^:[\w-]+$/.test(s) ? 3 : s === '' ? 1 : 10;
  }
  return score;
}

export function fullPath(route: RouteEntry): string {
  return `/${[LAYOUTS[route.layout].prefix, route.path].filter(Boolean).join('/')}`;
}

/** Manifest entries, most specific path first; entries sharing a path keep their order. */
export function rankedRoutes(): RouteEntry[] {
  return ROUTES.map((route, order) => ({ route, order }))
    .sort(
      (a, b) =>
        rankOf(fullPath(b.route), b.route.path === '') -
          rankOf(fullPath(a.route), a.route.path === '') || a.order - b.order,
    )
    .map(({ route }) => route);
}

/** One router child per distinct path of a layout (archive day and month share one). */
export function layoutChildren(layout: LayoutId): { path: string; module: string }[] {
  const seen = new Map<string, string>();
  for (const route of ROUTES) {
    if (route.layout !== layout) continue;
    const module = seen.get(route.path);
    if (module !== undefined && module !== route.module) {
      throw new Error(`${route.id}: path "${route.path}" is drawn by ${module} already`);
    }
    seen.set(route.path, route.module);
  }
  return [...seen].map(([path, module]) => ({ path, module }));
}
