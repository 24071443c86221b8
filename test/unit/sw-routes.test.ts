import { describe, expect, it } from 'vitest';
import { dataCacheFor, keepsImage, navigationLists } from '../../sw/routes';

describe('service worker routes', () => {
  const api = 'https://portal.example/portal/api/';

  it('keeps the layout files apart from the bounded page cache', () => {
    expect(dataCacheFor(`${api}site.json`, api)).toBe('core');
    expect(dataCacheFor(`${api}contacts.json?x=1`, api)).toBe('core');
    expect(dataCacheFor(`${api}articles/a.json`, api)).toBe('pages');
    expect(dataCacheFor(`${api}categories/site.json/1.json`, api)).toBe('pages');
    expect(dataCacheFor(`${api}archive/2007-12.json`, api)).toBe('pages');
  });

  it('leaves everything that is not contract JSON under the API base alone', () => {
    expect(dataCacheFor(`${api}images/a.jpg`, api)).toBeNull();
    // Asked for with a new ?ts= on every search visit: each one evicted a read article.
    expect(dataCacheFor(`${api}search/pagefind-entry.json?ts=1754000000000`, api)).toBeNull();
    expect(dataCacheFor(`${api}search/pagefind-entry.json`, api)).toBeNull();
    expect(dataCacheFor('https://portal.example/portal/embed.js', api)).toBeNull();
    expect(dataCacheFor('https://other.example/portal/api/site.json', api)).toBeNull();
  });

  it('answers portal pages from the shell, never the widgets or the data', () => {
    const { allowlist, denylist } = navigationLists('/portal/');
    const shell = (p: string) =>
      allowlist.some((r) => r.test(p)) && !denylist.some((r) => r.test(p));
    expect(shell('/portal/')).toBe(true);
    expect(shell('/portal/articles/a')).toBe(true);
    expect(shell('/portal/embed')).toBe(true); // the builder page
    expect(shell('/portal/embed/latest?limit=5')).toBe(false);
    expect(shell('/portal/api/site.json')).toBe(false);
    expect(shell('/other/')).toBe(false);
  });

  it("keeps the pictures of what was read, from the portal's origin or its data's", () => {
    const scope = 'https://portal.example/portal/';
    const cdn = 'https://data.example/portal-data/';
    expect(keepsImage('https://portal.example/images/a.jpg', 'image', scope, api)).toBe(true);
    expect(keepsImage('https://data.example/img/a.jpg', 'image', scope, cdn)).toBe(true);
    // Another host's picture comes back opaque: whether it loaded cannot be told.
    expect(keepsImage('https://other.example/a.jpg', 'image', scope, cdn)).toBe(false);
    expect(keepsImage('https://portal.example/images/a.jpg', 'script', scope, api)).toBe(false);
  });
});
