import { readdirSync } from 'node:fs';
import { matchRoutes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { namedRouteTable } from '../../test/utils/named-route-table';
import { ROUTES } from './route-manifest';
import { layoutChildren, routeUrl } from './route-table';

const routesDir = new URL('./routes/', import.meta.url);

describe('the route manifest', () => {
  it('names every page module in src/app/routes, and only modules that exist', () => {
    const files = readdirSync(routesDir)
      .filter((f) => /^\w+Route\.tsx$/.test(f))
      .map((f) => f.replace(/\.tsx$/, ''));
    const named = new Set(ROUTES.map((r) => r.module));
    expect([...named].sort()).toEqual(files.sort());
  });

  it('has unique ids and one module per path', () => {
    expect(new Set(ROUTES.map((r) => r.id)).size).toBe(ROUTES.length);
    expect(() => layoutChildren('portal')).not.toThrow();
    expect(() => layoutChildren('widget')).not.toThrow();
  });

  it('gives each sample URL to its own route when the router matches it', () => {
    for (const route of ROUTES) {
      const matches = matchRoutes(namedRouteTable(), route.sample) ?? [];
      const leaf = matches.at(-1)?.route.id ?? '';
      expect(leaf.endsWith(route.module) || leaf === route.module, `${route.id}: ${leaf}`).toBe(
        true,
      );
    }
  });

  it('fills a route’s params into its URL', () => {
    const article = ROUTES.find((r) => r.id === 'article');
    const page = ROUTES.find((r) => r.id === 'category-page');
    expect(article && routeUrl(article, { id: 'bai-1' })).toBe('/articles/bai-1');
    expect(page && routeUrl(page, { slug: 'tin-tuc', page: '2' })).toBe(
      '/categories/tin-tuc/page/2',
    );
  });
});
