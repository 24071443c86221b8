// @vitest-environment node
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ArchiveDayDocument,
  ArchiveIndexDocument,
  ArchiveMonthDocument,
  ArticleDocument,
  CategoriesDocument,
  CategoryPageDocument,
  ContactsDocument,
  SiteDocument,
} from '../src/shared/contract/documents.ts';
import { browserExport } from '../test/fixtures/browser-export.ts';
import { FIGURE_KEYS, PHONE_KEYS } from './api/strict.ts';
import { buildApi, ExportError } from './build-api.ts';
import { article, readTree, removeDir, tempDir, writeExport } from './test-helpers.ts';

// The browser suite's data set, written once to its own temp folder (outside `work`, whose
// listing some tests assert).
let FIXTURE: string;
beforeAll(async () => {
  FIXTURE = await writeExport(await tempDir('browser-export-'), browserExport);
});
afterAll(async () => {
  await removeDir(FIXTURE);
});
const json = (tree: Map<string, string>, file: string) => JSON.parse(tree.get(file) ?? 'null');
const ids = (items: { id: string }[]) => items.map((item) => item.id);

let work: string;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(async () => {
  await removeDir(work);
});

describe('build-api on the browser fixture', () => {
  let tree: Map<string, string>;
  beforeEach(async () => {
    await buildApi({ inDir: FIXTURE, outDir: path.join(work, 'api') });
    tree = await readTree(path.join(work, 'api'));
  });

  it('writes every document of the contract, each valid against the app schemas', () => {
    const schemaFor = (file: string) => {
      if (file === 'site.json') return SiteDocument;
      if (file === 'categories.json') return CategoriesDocument;
      if (file === 'contacts.json') return ContactsDocument;
      if (file === 'archive/index.json') return ArchiveIndexDocument;
      if (/^archive\/\d{4}-\d{2}\.json$/.test(file)) return ArchiveMonthDocument;
      if (file.startsWith('archive/')) return ArchiveDayDocument;
      if (file.startsWith('categories/')) return CategoryPageDocument;
      return ArticleDocument;
    };
    for (const [file, text] of tree) {
      if (file.startsWith('feeds/')) continue; // Atom XML: scripts/build-feeds.test.ts
      expect(text.endsWith('}\n'), file).toBe(true);
      const document = JSON.parse(text);
      // Strictly valid: the lenient schemas drop nothing from what the generator wrote.
      expect(v.parse(schemaFor(file), document), file).toMatchObject(document);
    }
    expect([...tree.keys()].filter((f) => f.startsWith('articles/'))).toHaveLength(32);
  });

  it('paginates a category with its descendants, newest first, without bodies', () => {
    const pages = [1, 2, 3].map((n) => json(tree, `categories/cai-cach-hanh-chinh/${n}.json`));
    expect(tree.has('categories/cai-cach-hanh-chinh/4.json')).toBe(false);
    expect(pages.map((p) => [p.page, p.pageCount, p.total, p.items.length])).toEqual([
      [1, 3, 23, 10],
      [2, 3, 23, 10],
      [3, 3, 23, 3],
    ]);
    const items = pages.flatMap((p) => p.items);
    expect(items.some((item) => item.category === 'mot-cua')).toBe(true);
    const times = items.map((item) => Date.parse(item.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of items) {
      expect(Object.keys(item).filter((k) => !['summary', 'thumbnail'].includes(k))).toEqual([
        'id',
        'title',
        'publishedAt',
        'category',
      ]);
    }
    expect(json(tree, 'categories/tin-tuc-su-kien/1.json').total).toBe(28);
    const counts = json(tree, 'categories.json').categories.map(
      (c: { slug: string; articleCount: number }) => [c.slug, c.articleCount],
    );
    expect(counts).toEqual([
      ['tin-tuc-su-kien', 28],
      ['thong-bao', 4],
      ['cai-cach-hanh-chinh', 23],
      ['mot-cua', 6],
    ]);
  });

  it('relates each article to the older ones of its own category', () => {
    const doc = json(tree, 'articles/bai-0030-ngay-10.json');
    expect(ids(doc.related)).toEqual(['bai-2330-ngay-9', 'thong-bao-cchc-11', 'thong-bao-cchc-10']);
    expect(
      doc.related.every((r: { category: string }) => r.category === 'cai-cach-hanh-chinh'),
    ).toBe(true);
    expect(doc.related[0]).not.toHaveProperty('body');
    expect(json(tree, 'articles/thong-bao-cchc-01.json').related).toEqual([]);
    const figure = json(tree, 'articles/bai-co-anh.json');
    expect(figure.images[0].caption).toContain('Chú thích');
    expect(figure.thumbnail).toMatchObject({ src: '/images/tru-so-ubnd-quan-1.svg', width: 640 });
    expect(figure.images[0]).toMatchObject({ width: 640, height: 400 });
    const listed = json(tree, 'archive/2007-12-17.json').items;
    expect(listed.find((i: { id: string }) => i.id === 'bai-co-anh').thumbnail.height).toBe(400);
  });

  it('groups the archive by site-local month, even far from the site', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
    expect(json(tree, 'archive/index.json').months).toEqual([
      { month: '2007-11', count: 13 },
      { month: '2007-12', count: 17 },
      { month: '2008-01', count: 2 },
    ]);
    // 2007-12-01T00:30+07:00 is still 30 November in Los Angeles: it belongs to 1 December.
    const december = json(tree, 'archive/2007-12.json');
    expect(december.days[0]).toEqual({ date: '2007-12-01', count: 1 });
    expect(december.days.reduce((n: number, d: { count: number }) => n + d.count, 0)).toBe(17);
    expect(ids(json(tree, 'archive/2007-12-01.json').items)).toEqual(['bai-0030-ngay-1-thang-12']);
    expect(json(tree, 'archive/2007-11.json').days.at(-1).date).toBe('2007-11-30');
  });

  it('writes one file per day, newest first, linked to its neighbours across months and years', () => {
    const days = [...tree.keys()].filter((f) => /^archive\/\d{4}-\d{2}-\d{2}\.json$/.test(f));
    expect(days).toHaveLength(32);
    const first = json(tree, 'archive/2007-12-01.json');
    expect([first.previous, first.next]).toEqual(['2007-11-30', '2007-12-03']);
    const newYear = json(tree, 'archive/2008-01-03.json');
    expect([newYear.previous, newYear.next]).toEqual(['2007-12-27', '2008-01-15']);
    expect(json(tree, 'archive/2007-11-02.json').previous).toBeNull();
    expect(json(tree, 'archive/2008-01-15.json').next).toBeNull();
    const tenth = json(tree, 'archive/2007-12-10.json');
    expect(tenth.items.map((i: { publishedAt: string }) => i.publishedAt)).toEqual(
      [...tenth.items.map((i: { publishedAt: string }) => i.publishedAt)].sort().reverse(),
    );
    expect(Object.keys(tenth)).toEqual(['date', 'items', 'previous', 'next']);
  });
});

describe('build-api on small exports', () => {
  it('gives an empty category one empty page', async () => {
    const inDir = await writeExport(path.join(work, 'in'), {
      categories: {
        categories: [
          { slug: 'tin-tuc', name: 'Tin tức', parent: null },
          { slug: 'trong', name: 'Trống', parent: null },
        ],
      },
      articles: { a: article('a', 'tin-tuc', '2007-12-01T00:30:00+07:00') },
    });
    await buildApi({ inDir, outDir: path.join(work, 'out') });
    const tree = await readTree(path.join(work, 'out'));
    expect(json(tree, 'categories/trong/1.json')).toEqual({
      category: 'trong',
      page: 1,
      pageCount: 1,
      total: 0,
      items: [],
    });
    expect(json(tree, 'archive/index.json').months).toEqual([{ month: '2007-12', count: 1 }]);
  });

  it('files far-past and far-future dates under the day the data says (issue #22)', async () => {
    const inDir = await writeExport(path.join(work, 'in'), {
      articles: {
        lmt: article('lmt', 'tin-tuc', '1900-06-01T23:58:00+07:00'),
        net: article('net', 'tin-tuc', '0001-01-01T00:00:00+07:00'),
        max: article('max', 'tin-tuc', '9999-12-31T23:59:59-12:00'),
      },
    });
    await buildApi({ inDir, outDir: path.join(work, 'out') });
    const tree = await readTree(path.join(work, 'out'));
    expect(json(tree, 'archive/index.json').months).toEqual([
      { month: '0001-01', count: 1 },
      { month: '1900-06', count: 1 },
      { month: '9999-12', count: 1 },
    ]);
    expect([...tree.keys()].filter((f) => f.startsWith('archive/')).sort()).toEqual([
      'archive/0001-01-01.json',
      'archive/0001-01.json',
      'archive/1900-06-01.json',
      'archive/1900-06.json',
      'archive/9999-12-31.json',
      'archive/9999-12.json',
      'archive/index.json',
    ]);
    const feed = tree.get('feeds/all.xml') ?? '';
    expect(feed).toContain('<published>1900-06-01T23:58:00+07:00</published>');
    expect(feed).toContain('<published>0001-01-01T00:00:00+07:00</published>');
    expect(feed).toContain('<published>9999-12-31T23:59:59-12:00</published>');
  });

  it('orders equal times by id and honours --page-size and --related', async () => {
    const at = '2007-12-10T11:19:00+07:00';
    const inDir = await writeExport(path.join(work, 'in'), {
      articles: Object.fromEntries(
        ['c', 'a', 'b', 'd'].map((id) => [id, article(id, 'tin-tuc', at)]),
      ),
    });
    await buildApi({ inDir, outDir: path.join(work, 'out'), pageSize: 3, related: 1 });
    const tree = await readTree(path.join(work, 'out'));
    expect(ids(json(tree, 'categories/tin-tuc/1.json').items)).toEqual(['a', 'b', 'c']);
    expect(json(tree, 'categories/tin-tuc/2.json').pageCount).toBe(2);
    expect(ids(json(tree, 'articles/b.json').related)).toEqual(['c']);
  });

  it('ignores a related list in the export and unknown fields', async () => {
    const inDir = await writeExport(path.join(work, 'in'), {
      articles: {
        a: article('a', 'tin-tuc', '2007-12-01T08:00:00+07:00', { related: 'rác', legacyUrl: 'x' }),
      },
    });
    await buildApi({ inDir, outDir: path.join(work, 'out') });
    const doc = json(await readTree(path.join(work, 'out')), 'articles/a.json');
    expect(doc.related).toEqual([]);
    expect(doc).not.toHaveProperty('legacyUrl');
  });

  it('gives the sha1 of every file it wrote but the feeds (publish hands them to build:pages)', async () => {
    const out = path.join(work, 'hashed');
    const result = await buildApi({ inDir: FIXTURE, outDir: out });
    const written = await readTree(out);
    const data = [...written.keys()].filter((file) => !file.startsWith('feeds/')).sort();
    expect([...result.hashes.keys()].sort()).toEqual(data);
    for (const file of data) {
      const bytes = await readFile(path.join(out, file));
      expect(result.hashes.get(file), file).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  it('is deterministic: two runs are byte-identical', async () => {
    await buildApi({ inDir: FIXTURE, outDir: path.join(work, 'one') });
    await buildApi({ inDir: FIXTURE, outDir: path.join(work, 'two') });
    expect(await readTree(path.join(work, 'two'))).toEqual(await readTree(path.join(work, 'one')));
  });
});

describe('build-api refusals', () => {
  async function refusal(input: Parameters<typeof writeExport>[1]): Promise<string> {
    const inDir = await writeExport(path.join(work, 'in'), input);
    const error = await buildApi({ inDir, outDir: path.join(work, 'out') }).catch((e) => e);
    expect(error).toBeInstanceOf(ExportError);
    return (error as Error).message;
  }
  const ok = article('ok', 'tin-tuc', '2007-12-10T11:19:00+07:00');

  it('refuses a duplicate id, naming both files', async () => {
    const message = await refusal({
      articles: { ok, 'ok-copy': { ...ok, title: 'Bản sao' } },
    });
    // Files are read in code-unit order: "ok-copy.json" comes before "ok.json".
    expect(message).toContain('articles/ok.json: id: "ok" trùng với articles/ok-copy.json');
  });

  it('refuses an article of an unknown category', async () => {
    const message = await refusal({ articles: { x: article('x', 'khong-co', ok.publishedAt) } });
    expect(message).toContain('articles/x.json: category: không có danh mục "khong-co"');
  });

  it('refuses a date without offset', async () => {
    const message = await refusal({
      articles: { x: article('x', 'tin-tuc', '2007-12-10T11:19:00') },
    });
    expect(message).toContain(
      'articles/x.json: publishedAt: không phải thời điểm ISO-8601 có múi giờ',
    );
  });

  it('refuses a bad slug or id', async () => {
    expect(
      await refusal({ articles: { x: article('Bai Viet', 'tin-tuc', ok.publishedAt) } }),
    ).toContain('articles/x.json: id: không đúng dạng định danh');
    const message = await refusal({
      categories: { categories: [{ slug: 'Tin_Tuc', name: 'Tin tức', parent: null }] },
    });
    expect(message).toContain('categories.json: categories[0].slug: không đúng dạng định danh');
  });

  it('refuses what the lenient reader schemas would silently drop', async () => {
    const message = await refusal({
      articles: {
        x: article('x', 'tin-tuc', ok.publishedAt, {
          updatedAt: 'hôm qua',
          thumbnail: { src: 'javascript:alert(1)', alt: '' },
          images: [{ src: '/a.png', alt: 'a' }, { src: 'anh.png' }],
        }),
      },
      contacts: {
        groups: [{ id: 'q1', name: 'Quận 1', kind: 'district', contacts: [{ id: 'a', name: '' }] }],
      },
    });
    expect(message).toContain(
      'articles/x.json: updatedAt: không phải thời điểm ISO-8601 có múi giờ',
    );
    expect(message).toContain('articles/x.json: thumbnail.src: không phải địa chỉ ảnh');
    expect(message).toContain('articles/x.json: images[1]');
    expect(message).toContain('contacts.json: groups[0].contacts[0].name');
  });

  it('refuses a missing parent and a cycle of categories', async () => {
    const message = await refusal({
      categories: {
        categories: [
          { slug: 'tin-tuc', name: 'Tin tức', parent: null },
          { slug: 'a', name: 'A', parent: 'b' },
          { slug: 'b', name: 'B', parent: 'a' },
          { slug: 'c', name: 'C', parent: 'khong-co' },
        ],
      },
    });
    expect(message).toContain(
      'categories.json: categories[1].parent: vòng lặp danh mục: a → b → a',
    );
    expect(message).toContain(
      'categories.json: categories[3].parent: không có danh mục "khong-co"',
    );
  });

  it('refuses a file that is not JSON, naming it', async () => {
    const inDir = await writeExport(path.join(work, 'in'), {});
    await writeFile(path.join(inDir, 'articles', 'hong.json'), '{"id": ');
    const error = await buildApi({ inDir, outDir: path.join(work, 'out') }).catch((e) => e);
    expect(error.message).toContain('articles/hong.json: không phải JSON hợp lệ');
  });

  it('writes nothing, and keeps the previous output, when the export is invalid', async () => {
    const out = path.join(work, 'out');
    await buildApi({ inDir: FIXTURE, outDir: out });
    const before = await readTree(out);
    await refusal({ articles: { ok, x: article('x', 'khong-co', ok.publishedAt) } });
    expect(await readTree(out)).toEqual(before);
    expect((await readdir(work)).sort()).toEqual(['in', 'out']); // no temp folder left behind
    await removeDir(out);
    await refusal({ articles: { x: article('x', 'khong-co', ok.publishedAt) } });
    expect(await readdir(work)).toEqual(['in']);
  });

  it('will not replace a folder it did not write', async () => {
    const out = path.join(work, 'src');
    await mkdir(out);
    await writeFile(path.join(out, 'main.tsx'), 'keep me');
    await expect(buildApi({ inDir: FIXTURE, outDir: out })).rejects.toThrow(/main\.tsx/);
    expect(await readFile(path.join(out, 'main.tsx'), 'utf8')).toBe('keep me');
  });

  it('exits 1 from the command line with the file and field on stderr', async () => {
    const inDir = await writeExport(path.join(work, 'in'), {
      articles: { x: article('x', 'tin-tuc', '2007-12-10 11:19') },
    });
    const tsx = path.resolve(import.meta.dirname, '../node_modules/.bin/tsx');
    const script = path.resolve(import.meta.dirname, 'build-api.ts');
    const result = await promisify(execFile)(tsx, [
      script,
      '--in',
      inDir,
      '--out',
      `${work}/out`,
    ]).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('articles/x.json: publishedAt:');
  }, 20_000);
});

describe('strict shapes', () => {
  it('know the same figure and phone fields as the contract schemas', () => {
    const parsed = v.parse(ArticleDocument, {
      ...article('x', 'tin-tuc', '2007-12-10T11:19:00+07:00'),
      images: [Object.fromEntries(FIGURE_KEYS.map((key) => [key, key === 'src' ? '/a.png' : key]))],
    });
    expect(Object.keys(parsed.images[0] ?? {}).sort()).toEqual([...FIGURE_KEYS].sort());
    const contacts = v.parse(ContactsDocument, {
      groups: [
        {
          id: 'g',
          name: 'G',
          kind: 'ward',
          contacts: [
            { id: 'c', name: 'C', phones: [Object.fromEntries(PHONE_KEYS.map((k) => [k, k]))] },
          ],
        },
      ],
    });
    expect(Object.keys(contacts.groups[0]?.contacts[0]?.phones[0] ?? {}).sort()).toEqual(
      [...PHONE_KEYS].sort(),
    );
  });
});
