// @vitest-environment node
// Which pages build:pages draws, from hostile data (issue #27 item 8): paging from the files
// that exist, never from pageCount alone; every dropped file or list item named in a warning.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, SITE, tempDir } from '../test-helpers.ts';
import { DataFiles } from './data-files.ts';
import { readablePages } from './enumerate.ts';

const summary = (id: string, extra = {}) => ({
  id,
  title: `Bài ${id}`,
  publishedAt: '2007-11-21T07:42:00+07:00',
  category: 'tin-tuc',
  ...extra,
});
const listPage = (page: number, pageCount: number, items: unknown[], total = 1e10) => ({
  category: 'tin-tuc',
  page,
  pageCount,
  total,
  items,
});

let dir = '';
afterEach(() => removeDir(dir));

async function folder(files: Record<string, unknown>): Promise<string> {
  dir = await tempDir('enumerate-');
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}

async function pagesOf(api: string) {
  const warnings: string[] = [];
  const pages = await readablePages(new DataFiles(api, 'http://localhost/'), (m) => {
    warnings.push(m);
  });
  return { urls: pages.map((p) => p.url), warnings };
}

const BASE = {
  'site.json': SITE,
  'categories.json': { categories: [{ slug: 'tin-tuc', name: 'Tin tức', parent: null }] },
};

describe('category pages come from the files present', () => {
  it('draws one page for pageCount 1e8 with one file, at once, and names the disagreement', async () => {
    const api = await folder({
      ...BASE,
      'categories/tin-tuc/1.json': listPage(1, 1e8, [summary('a')]),
    });
    const started = Date.now();
    const { urls, warnings } = await pagesOf(api);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(urls.filter((u) => u.startsWith('/categories/'))).toEqual(['/categories/tin-tuc']);
    expect(warnings).toEqual([
      expect.stringMatching(/^categories\/tin-tuc\/1\.json: pageCount 100000000,/),
    ]);
  });

  it('draws the pages that have files, not a link, not a page past its own pageCount', async () => {
    const api = await folder({
      ...BASE,
      'categories/tin-tuc/1.json': listPage(1, 40, [summary('a')]),
      'categories/tin-tuc/3.json': listPage(3, 40, [summary('b')]),
      'categories/tin-tuc/7.json': listPage(7, 5, [summary('c')]),
      'categories/tin-tuc/0.json': listPage(1, 40, [summary('d')]),
      'categories/tin-tuc/x.json': listPage(1, 40, [summary('d')]),
    });
    await symlink(
      path.join(api, 'categories/tin-tuc/1.json'),
      path.join(api, 'categories/tin-tuc/2.json'),
    );
    const { urls, warnings } = await pagesOf(api);
    expect(urls.filter((u) => u.startsWith('/categories/'))).toEqual([
      '/categories/tin-tuc',
      '/categories/tin-tuc/page/3',
    ]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('categories/tin-tuc/2.json: liên kết'),
        expect.stringContaining('categories/tin-tuc/7.json: trang 7 vượt pageCount 5'),
        expect.stringMatching(/^categories\/tin-tuc\/1\.json: pageCount 40/),
      ]),
    );
  });
});

describe('what the app would leave out is named', () => {
  it('warns for each malformed list item of a category page, an archive day and categories.json', async () => {
    const api = await folder({
      ...BASE,
      'categories.json': {
        categories: [{ slug: 'tin-tuc', name: 'Tin tức', parent: null }, { slug: 'Sai Slug' }],
      },
      'categories/tin-tuc/1.json': listPage(1, 1, [summary('a'), summary('b', { title: 7 })], 2),
      'archive/index.json': { months: [{ month: '2007-11', count: 2 }, { month: 'x' }] },
      'archive/2007-11.json': {
        month: '2007-11',
        days: [
          { date: '2007-11-21', count: 2 },
          { date: '2007-11-22', count: 1 },
          { date: '2007-11-31', count: 1 },
        ],
      },
      'archive/2007-11-21.json': {
        date: '2007-11-21',
        items: [summary('a'), summary('c', { publishedAt: 'hôm qua' })],
      },
    });
    const { urls, warnings } = await pagesOf(api);
    expect(urls).toContain('/archive/2007-11-21');
    expect(urls).not.toContain('/archive/2007-11-22');
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^categories\.json: categories\.1: /),
        expect.stringMatching(/^categories\/tin-tuc\/1\.json: items\.1: title: .* bỏ qua mục này/),
        expect.stringMatching(/^archive\/index\.json: months\.1: /),
        expect.stringMatching(/^archive\/2007-11\.json: days\.2: /),
        expect.stringMatching(/^archive\/2007-11-21\.json: items\.1: publishedAt: /),
        expect.stringMatching(/^archive\/2007-11-22\.json: thiếu tệp/),
      ]),
    );
    // Each once, however many routes read the file.
    expect(new Set(warnings).size).toBe(warnings.length);
  });

  it('names an article file that cannot be a page, and one too large to draw', async () => {
    const body = `<p>${'x'.repeat(7.5 * 1024 * 1024)}</p>`;
    const api = await folder({
      ...BASE,
      'articles/a.json': { ...summary('a'), body: '<p>a</p>' },
      'articles/Bài Sai.json': { ...summary('a'), body: '<p>a</p>' },
      'articles/lon.json': { ...summary('lon'), body },
    });
    const { urls, warnings } = await pagesOf(api);
    expect(urls.filter((u) => u.startsWith('/articles/'))).toEqual(['/articles/a']);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('articles/Bài Sai.json: tên tệp'),
        expect.stringMatching(/^articles\/lon\.json: 7\.5 MB, quá lớn/),
      ]),
    );
  });
});
