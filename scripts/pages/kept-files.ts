import { LAYOUTS, ROUTES, type RouteEntry } from '../../src/app/route-manifest.ts';

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `categories/{slug}/1.json` → a regex for every file of that shape. */
const shapeOf = (template: string) =>
  new RegExp(`^${escapeRe(template).replace(/\\\{\w+\\\}/g, '[^/]+')}$`);

/**
 * Which data files the page generator keeps in memory once read, from the route manifest: not a
 * file one page reads (a prerendered route's `data` named by its URL: an article, a later
 * category page), unless other pages read it too (the layout's files, a route's `alsoReads`: a
 * category's first page, which every article of it shows).
 */
export function keptFiles(routes: readonly RouteEntry[] = ROUTES): (name: string) => boolean {
  const drawn = routes.filter((route) => route.pages);
  const onePage = drawn
    .flatMap((route) => route.data ?? [])
    .filter((t) => t.includes('{'))
    .map(shapeOf);
  const shared = [
    ...Object.values(LAYOUTS).flatMap((layout) => layout.data),
    ...drawn.flatMap((route) => route.alsoReads ?? []),
  ].map(shapeOf);
  return (name) => !onePage.some((re) => re.test(name)) || shared.some((re) => re.test(name));
}
