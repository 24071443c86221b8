import { describe, expect, it } from 'vitest';
import * as urls from './app-urls';
import * as files from './data-files';
import { widget } from './widget-urls';

describe('the URL builders', () => {
  it('give a category’s first page its own address and the others /page/{n}', () => {
    expect(urls.category('tin-tuc')).toBe('/categories/tin-tuc');
    expect(urls.category('tin-tuc', 1)).toBe('/categories/tin-tuc');
    expect(urls.category('tin-tuc', '1')).toBe('/categories/tin-tuc');
    expect(urls.category('tin-tuc', 3)).toBe('/categories/tin-tuc/page/3');
    // The route manifest derives the router's patterns by calling them with `:param`.
    expect(urls.category(':slug', ':page')).toBe('/categories/:slug/page/:page');
  });

  it('put the widgets under the prefix the manifest, the servers and the sitemap use', () => {
    expect(widget('latest')).toBe(`/${urls.WIDGET_PREFIX}/latest`);
    expect(widget('latest', 'limit=3')).toBe(`/${urls.WIDGET_PREFIX}/latest?limit=3`);
    expect(urls.embedBuilder()).toBe(`/${urls.WIDGET_PREFIX}`);
    expect(urls.search()).toBe('/search');
    expect(urls.search('q=a')).toBe('/search?q=a');
  });

  it('name each data file inside its folder', () => {
    expect(files.article('x')).toBe(`${files.ARTICLES}/x.json`);
    expect(files.categoryPage('s', 2)).toBe(`${files.categoryFolder('s')}/2.json`);
    expect(files.categoryFolder('s')).toBe(`${files.CATEGORIES}/s`);
    expect(files.archiveIndex()).toBe(`${files.ARCHIVE}/index.json`);
    expect(files.feed('all')).toBe(`${files.FEEDS}/all.xml`);
    expect(files.jsonName('x.json')).toBe('x');
    expect(files.jsonName('x.xml')).toBeNull();
  });
});
