import { describe, expect, it } from 'vitest';
import { PAGE_PARAM_PATTERN, SLUG_PATTERN } from '../shared/contract/primitives';
import { preloadFiles, routeModules } from './preload-files';

const patterns = { slug: SLUG_PATTERN.source, page: PAGE_PARAM_PATTERN.source };
const files = (path: string, search = '') => preloadFiles(path, search, patterns);
const LAYOUT = ['site.json', 'categories.json', 'contacts.json'];

describe('the files index.html preloads', () => {
  it('reads the layout, plus the page’s own file when the URL names one', () => {
    expect(files('/')).toEqual(LAYOUT);
    expect(files('/articles/bai-1')).toEqual([...LAYOUT, 'articles/bai-1.json']);
    expect(files('/portal/articles/bai-1')).toEqual([...LAYOUT, 'articles/bai-1.json']);
    expect(files('/categories/tin-tuc', '?page=3')).toEqual([
      ...LAYOUT,
      'categories/tin-tuc/3.json',
    ]);
    expect(files('/categories/tin-tuc')).toEqual([...LAYOUT, 'categories/tin-tuc/1.json']);
  });

  it('reads an archive day’s own file only, and a month with the index', () => {
    expect(files('/archive/2007-12-10')).toEqual([...LAYOUT, 'archive/2007-12-10.json']);
    expect(files('/archive/2007-12')).toEqual([
      ...LAYOUT,
      'archive/index.json',
      'archive/2007-12.json',
    ]);
  });

  it('guesses nothing for what the app will call not found', () => {
    expect(files('/articles/Bai_1')).toEqual(LAYOUT);
    expect(files('/archive/2007-13-01')).toEqual(LAYOUT);
    expect(files('/categories/tin-tuc', '?page=0')).toEqual(LAYOUT);
    expect(files('/categories/tin-tuc', '?page=abc')).toEqual(LAYOUT);
  });

  it('reads only what each widget needs', () => {
    expect(files('/embed/contacts')).toEqual(['site.json', 'contacts.json']);
    expect(files('/embed/calendar')).toEqual(['site.json']);
    expect(files('/embed/latest')).toEqual(['site.json', 'categories.json']);
  });

  it('runs from its own source text, as index.html runs it', () => {
    const inline = new Function(`return (${preloadFiles.toString()})`)() as typeof preloadFiles;
    expect(inline('/archive/2007-12-10', '', patterns)).toEqual(files('/archive/2007-12-10'));
  });
});

describe('the route chunks index.html preloads', () => {
  it('names the page module the route table draws for each URL', () => {
    expect(routeModules('/', '/')).toEqual(['HomeRoute']);
    expect(routeModules('/articles/bai-1', '/')).toEqual(['ArticleRoute']);
    expect(routeModules('/categories/tin-tuc/', '/')).toEqual(['CategoryRoute']);
    expect(routeModules('/archive/2007-12', '/')).toEqual(['ArchiveRoute']);
    expect(routeModules('/contacts', '/')).toEqual(['ContactsRoute']);
    expect(routeModules('/search', '/')).toEqual(['SearchRoute']);
    expect(routeModules('/feeds', '/')).toEqual(['FeedsRoute']);
    expect(routeModules('/embed', '/')).toEqual(['EmbedBuilderRoute']);
    expect(routeModules('/khong-co/gi', '/')).toEqual(['NotFoundRoute']);
  });

  it('adds the widgets’ layout to each widget', () => {
    expect(routeModules('/embed/latest', '/')).toEqual(['EmbedLayout', 'EmbedLatestRoute']);
    expect(routeModules('/embed/calendar/', '/')).toEqual(['EmbedLayout', 'EmbedCalendarRoute']);
    expect(routeModules('/embed/khac', '/')).toEqual(['EmbedLayout', 'EmbedNotFoundRoute']);
  });

  it('reads the path below the app’s base', () => {
    expect(routeModules('/portal/', '/portal/')).toEqual(['HomeRoute']);
    expect(routeModules('/portal', '/portal/')).toEqual(['HomeRoute']);
    expect(routeModules('/portal/contacts', '/portal/')).toEqual(['ContactsRoute']);
  });

  it('runs from its own source text, as index.html runs it', () => {
    const inline = new Function(`return (${routeModules.toString()})`)() as typeof routeModules;
    expect(inline('/embed/latest', '/')).toEqual(['EmbedLayout', 'EmbedLatestRoute']);
  });
});
