import { matchRoutes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/app/route-manifest.ts';
import { namedRouteTable } from '../../test/utils/named-route-table.ts';
import { PRELOAD_BOOT } from './preload-data.ts';
import { preloadTable } from './preload-table.ts';

// Each module's "chunk" is its own name, so the files preloaded say which page would draw.
const CHUNKS = new Proxy({}, { get: (_, name) => [`${String(name)}.js`] });
const LAYOUT = ['site.json', 'categories.json', 'contacts.json'];

/** Runs the inline script as index.html does, on a page at `pathname`. */
function boot(pathname: string, base = '/') {
  const table = preloadTable(CHUNKS, base, '/api/');
  const links: { rel: string; href: string }[] = [];
  const document = {
    getElementById: () => ({ textContent: JSON.stringify(table) }),
    createElement: () => ({}),
    head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
  };
  new Function('document', 'location', PRELOAD_BOOT)(document, { pathname });
  return {
    data: links.filter((l) => l.rel === 'preload').map((l) => l.href.replace('/api/', '')),
    modules: links
      .filter((l) => l.rel === 'modulepreload')
      .map((l) => l.href.replace(base, '').replace('.js', '')),
  };
}

describe('index.html’s preload table, derived from the route manifest', () => {
  // Every route's sample, and the edges between them (case, trailing slashes, bad params).
  const urls = [
    ...ROUTES.map((route) => route.sample),
    '/',
    '/articles/bai-1',
    '/articles/Bai_1',
    '/categories/tin-tuc',
    '/categories/tin-tuc/',
    '/categories/tin-tuc/page/3',
    '/categories/tin-tuc/page/0',
    '/archive/2007-12-10',
    '/archive/2007-12',
    '/archive/2007-13-45',
    '/contacts',
    '/Contacts',
    '/feeds',
    '/search',
    '/embed',
    '/embed/',
    '/embed/latest',
    '/embed/contacts',
    '/embed/calendar/',
    '/embed/khac',
    '/khong-co/gi',
  ];
  it('ranks every route as React Router does: each sample preloads its own route', () => {
    for (const route of ROUTES) {
      const page = [route.module, ...(route.drawnWith ?? [])];
      const expected = route.layout === 'widget' ? ['EmbedLayout', ...page] : page;
      expect(boot(route.sample).modules, route.id).toEqual(expected);
    }
  });

  it('preloads the modules the router draws each URL with', () => {
    for (const url of urls) {
      const ids = (matchRoutes(namedRouteTable(), url) ?? []).map((m) => m.route.id ?? '');
      const leaf = ids.at(-1)?.split(':').at(-1);
      const drawnWith = ROUTES.find((route) => route.module === leaf)?.drawnWith ?? [];
      const expected = ids[0] === 'widget' ? ['EmbedLayout', leaf] : [leaf, ...drawnWith];
      expect(boot(url).modules, url).toEqual(expected);
    }
  });

  it('preloads what a page the browser draws needs at once: an article, its sanitiser', () => {
    expect(boot('/articles/bai-1').modules).toEqual([
      'ArticleRoute',
      'src/shared/html/sanitize.ts',
    ]);
    expect(boot('/categories/tin-tuc').modules).toEqual(['CategoryRoute']);
  });

  it('reads the layout, plus the page’s own files when the URL names them', () => {
    expect(boot('/').data).toEqual(LAYOUT);
    expect(boot('/articles/bai-1').data).toEqual([...LAYOUT, 'articles/bai-1.json']);
    expect(boot('/categories/tin-tuc').data).toEqual([...LAYOUT, 'categories/tin-tuc/1.json']);
    expect(boot('/categories/tin-tuc/page/3').data).toEqual([
      ...LAYOUT,
      'categories/tin-tuc/3.json',
    ]);
    expect(boot('/archive/2007-12-10').data).toEqual([...LAYOUT, 'archive/2007-12-10.json']);
    expect(boot('/archive/2007-12').data).toEqual([
      ...LAYOUT,
      'archive/index.json',
      'archive/2007-12.json',
    ]);
  });

  it('guesses nothing for what the app will call not found', () => {
    expect(boot('/articles/Bai_1').data).toEqual(LAYOUT);
    expect(boot('/archive/2007-13-01').data).toEqual(LAYOUT);
    expect(boot('/categories/tin-tuc/page/0').data).toEqual(LAYOUT);
    expect(boot('/categories/tin-tuc/page/abc').data).toEqual(LAYOUT);
  });

  it('reads only what each widget needs', () => {
    expect(boot('/embed/contacts').data).toEqual(['site.json', 'contacts.json']);
    expect(boot('/embed/calendar').data).toEqual(['site.json']);
    expect(boot('/embed/latest').data).toEqual(['site.json', 'categories.json']);
  });

  it('works under a base path, with or without its last slash', () => {
    expect(boot('/portal/', '/portal/').modules).toEqual(['HomeRoute']);
    expect(boot('/portal', '/portal/').modules).toEqual(['HomeRoute']);
    expect(boot('/portal/articles/bai-1', '/portal/').data).toEqual([
      ...LAYOUT,
      'articles/bai-1.json',
    ]);
  });
});
