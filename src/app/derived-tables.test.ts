// @vitest-environment node
// #31: a page type is one place. A throw-away `/tags/{slug}` route, added to the manifest in
// memory only, must reach every table derived from it — none of them lists routes by hand.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { matchRoutes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { browserOnlyPatterns } from '../../deploy/routes.ts';
import { DataFiles } from '../../scripts/pages/data-files.ts';
import { readablePages } from '../../scripts/pages/enumerate.ts';
import { keptFiles } from '../../scripts/pages/kept-files.ts';
// @ts-expect-error plain JS module without types
import { budgetedRoutes } from '../../scripts/size/first-load.mjs';
import { removeDir, SITE, tempDir } from '../../scripts/test-helpers.ts';
import { preloadTable } from '../../scripts/vite/preload-table.ts';
import { routeModulesCode } from '../../scripts/vite/route-modules.ts';
import { navigationLists } from '../../sw/routes.ts';
import { namedRouteTable } from '../../test/utils/named-route-table.ts';
import { ROUTES, type RouteEntry } from './route-manifest.ts';
import { sourceOf } from './route-table.ts';

const TAG: RouteEntry = {
  id: 'tag',
  layout: 'portal',
  path: 'tags/:slug',
  module: 'TagRoute',
  params: { slug: 'slug' },
  data: ['tags/{slug}.json'],
  sample: '/tags/x',
  budget: 100_000,
  pages: async () => ['/tags/a', '/tags/b'],
};
const WITH_TAG = [...ROUTES, TAG];

let dir = '';
afterEach(() => removeDir(dir));

describe('a new route type in the manifest reaches every derived table', () => {
  it('the router', () => {
    expect(routeModulesCode(WITH_TAG)).toContain('["tags/:slug","TagRoute",');
    const leaf = matchRoutes(namedRouteTable(WITH_TAG), '/tags/x')?.at(-1)?.route.id;
    expect(leaf).toBe('portal:tags/:slug:TagRoute');
  });

  it('the preload table', () => {
    const table = preloadTable({ TagRoute: ['assets/TagRoute.js'] }, '/', '/api/', WITH_TAG);
    const row = table.routes.find((r) => new RegExp(r.re).test('tags/x'));
    expect(row?.files).toEqual(['assets/TagRoute.js']);
    expect(row?.data).toContain('tags/{slug}.json');
  });

  it('the service worker answers its pages with the shell', () => {
    const { allowlist, denylist } = navigationLists('/');
    expect(allowlist.some((re) => re.test('/tags/x'))).toBe(true);
    expect(denylist.some((re) => re.test('/tags/x'))).toBe(false);
  });

  it('the enumerators (and so the sitemap), the page cache and the crash report', async () => {
    dir = await tempDir('derived-');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'site.json'), JSON.stringify(SITE));
    const pages = await readablePages(new DataFiles(dir, 'http://localhost/'), () => {}, [TAG]);
    expect(pages.map((p) => p.url)).toEqual(['/tags/a', '/tags/b']);
    expect(keptFiles(WITH_TAG)('tags/a.json')).toBe(false);
    expect(sourceOf('/tags/a', WITH_TAG)).toBe('tags/a.json');
  });

  it('the servers: a prerendered type gets no shell rule; a browser-only one gets its own', () => {
    expect(browserOnlyPatterns('/', WITH_TAG)).toEqual(browserOnlyPatterns('/'));
    const browserOnly = { ...TAG, pages: undefined };
    expect(browserOnlyPatterns('/', [...ROUTES, browserOnly])).toContain('/tags/:slug');
  });

  it('the size check', () => {
    const budgeted = budgetedRoutes(WITH_TAG) as { name: string; url: string; module: string }[];
    expect(budgeted.find((r) => r.name === 'tag')).toMatchObject({
      url: '/tags/x',
      module: 'src/app/routes/TagRoute.tsx',
    });
  });
});
