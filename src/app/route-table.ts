import {
  LAYOUTS,
  type LayoutId,
  PARAM_PATTERNS,
  ROUTES,
  type RouteEntry,
} from './route-manifest.ts';

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

/**
 * A route's address with its params filled in (`{ id: 'x' }` → `/articles/x`), the layout's
 * prefix included; with no params, its pattern as the router matches it (`/articles/:id`).
 */
export function routeUrl(route: RouteEntry, params?: Readonly<Record<string, string>>): string {
  const pattern = `/${[LAYOUTS[route.layout].prefix, route.path].filter(Boolean).join('/')}`;
  if (!params) return pattern;
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.id}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

/** Manifest entries, most specific path first; entries sharing a path keep their order. */
export function rankedRoutes(routes: readonly RouteEntry[] = ROUTES): RouteEntry[] {
  return routes
    .map((route, order) => ({ route, order }))
    .sort(
      (a, b) =>
        rankOf(routeUrl(b.route), b.route.path === '') -
          rankOf(routeUrl(a.route), a.route.path === '') || a.order - b.order,
    )
    .map(({ route }) => route);
}

/** One router child per distinct path of a layout (archive day and month share one). */
export function layoutChildren(
  layout: LayoutId,
  routes: readonly RouteEntry[] = ROUTES,
): { path: string; module: string }[] {
  const seen = new Map<string, string>();
  for (const route of routes) {
    if (route.layout !== layout) continue;
    const module = seen.get(route.path);
    if (module !== undefined && module !== route.module) {
      throw new Error(`${route.id}: path "${route.path}" is drawn by ${module} already`);
    }
    seen.set(route.path, route.module);
  }
  return [...seen].map(([path, module]) => ({ path, module }));
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A route's address as a regular expression source for a path below the base without its
 * leading slash, as React Router would match it (any segment for a param), and its params.
 */
export function routePattern(route: RouteEntry): { re: string; names: string[] } {
  const names: string[] = [];
  const segments = routeUrl(route)
    .slice(1)
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (segment === '*') return '.+';
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      return escapeRe(segment);
    });
  return { re: `^${segments.join('/')}$`, names };
}

/** The route that draws `url` (below the base) and its params, as the preload table picks it. */
export function matchRoute(
  url: string,
  routes: readonly RouteEntry[] = ROUTES,
): { route: RouteEntry; params: Record<string, string> } | null {
  for (const route of rankedRoutes(routes)) {
    const { re, names } = routePattern(route);
    const match = new RegExp(re).exec(url.slice(1));
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
    const fits = names.every((name) => {
      const kind = route.params?.[name];
      return !kind || PARAM_PATTERNS[kind].test(params[name] ?? '');
    });
    if (fits) return { route, params };
  }
  return null;
}

/** The contract file a page of `url` is drawn from: its route's own (last) `data` file, filled. */
export function sourceOf(url: string, routes: readonly RouteEntry[] = ROUTES): string | null {
  const found = matchRoute(url, routes);
  const own = found?.route.data?.at(-1);
  if (!found || !own) return null;
  return own.replace(/\{(\w+)\}/g, (_, name: string) => found.params[name] ?? '');
}
