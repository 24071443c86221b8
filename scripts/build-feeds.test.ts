// @vitest-environment jsdom
// jsdom: its DOMParser checks that the feeds are well-formed XML.
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApi } from './build-api.ts';
import { buildFeeds, FEED_LIMIT, FeedsError } from './build-feeds.ts';
import { atomProblems, entries, parseXml, text } from './feeds/atom-check.ts';
import { baseUrl } from './lib/site-url.ts';
import { article, readTree, removeDir, SITE, tempDir, writeExport } from './test-helpers.ts';

const SITE_URL = 'https://quan1.example.gov.vn/';
let work: string;
let api: string;
beforeEach(async () => {
  work = await tempDir('build-feeds-');
  api = path.join(work, 'api');
});
afterEach(async () => {
  await removeDir(work);
});

const CATEGORIES = {
  categories: [
    { slug: 'tin-tuc', name: 'Tin tức', parent: null },
    { slug: 'cai-cach', name: 'Cải cách hành chính', parent: 'tin-tuc' },
    { slug: 'van-hoa', name: 'Văn hoá', parent: null },
  ],
};

/** A served data folder (made by the generator from an export), feeds not yet built. */
async function served(articles: Record<string, unknown>, extra: { site?: unknown } = {}) {
  const exportDir = await writeExport(path.join(work, 'export'), {
    categories: CATEGORIES,
    articles,
    ...extra,
  });
  await buildApi({ inDir: exportDir, outDir: api });
  await rm(path.join(api, 'feeds'), { recursive: true });
}

const feed = async (name: string) => {
  const xml = await readFile(path.join(api, 'feeds', `${name}.xml`), 'utf8');
  const doc = parseXml(xml);
  expect(atomProblems(doc)).toEqual([]);
  return { xml, doc, entries: entries(doc) };
};

const day = (n: number, hour = 9) =>
  `2007-12-${String(n).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;

describe('build:feeds', () => {
  it('carries a hostile title and summary as text, never markup', async () => {
    const title = '<script>alert("x")</script> Tom & Jerry';
    const summary = '<img src=x onerror=alert(1)> a < b && c > d ]]>';
    await served({ a: article('a', 'tin-tuc', day(1), { title, summary }) });
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    const { xml, doc, entries } = await feed('all');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; Jerry');
    expect(xml).not.toContain('<script');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    expect(entries[0]?.title).toBe(title);
    expect(entries[0]?.summary).toBe(summary);
  });

  it('lists entries newest first (ties by id), whatever order the files come in', async () => {
    await served({
      b: article('b', 'tin-tuc', day(3)),
      c: article('c', 'tin-tuc', day(5)),
      a: article('a', 'tin-tuc', day(3)),
      d: article('d', 'van-hoa', day(4)),
    });
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    expect((await feed('all')).entries.map((e) => e.title)).toEqual([
      'Bài c',
      'Bài d',
      'Bài a',
      'Bài b',
    ]);
    expect((await feed('tin-tuc')).entries.map((e) => e.title)).toEqual([
      'Bài c',
      'Bài a',
      'Bài b',
    ]);
  });

  it(`keeps at most ${FEED_LIMIT} entries: the newest`, async () => {
    const articles: Record<string, unknown> = {};
    for (let i = 1; i <= 60; i++) {
      const id = `bai-${String(i).padStart(2, '0')}`;
      articles[id] = article(
        id,
        i % 2 ? 'cai-cach' : 'van-hoa',
        `2007-12-01T00:${String(i - 1).padStart(2, '0')}:00+07:00`,
      );
    }
    await served(articles);
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    const all = (await feed('all')).entries;
    expect(all).toHaveLength(50);
    expect(all[0]?.title).toBe('Bài bai-60');
    expect(all.at(-1)?.title).toBe('Bài bai-11');
    expect((await feed('cai-cach')).entries).toHaveLength(30);
  });

  it("includes a child category's articles in its parent's feed, not the other way", async () => {
    await served({
      p: article('p', 'tin-tuc', day(1)),
      c: article('c', 'cai-cach', day(2)),
      v: article('v', 'van-hoa', day(3)),
    });
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    const terms = async (name: string) =>
      (await feed(name)).entries.map((e) => `${e.title}:${e.category}`);
    expect(await terms('tin-tuc')).toEqual(['Bài c:cai-cach', 'Bài p:tin-tuc']);
    expect(await terms('cai-cach')).toEqual(['Bài c:cai-cach']);
    expect(await terms('van-hoa')).toEqual(['Bài v:van-hoa']);
    expect(await terms('all')).toEqual(['Bài v:van-hoa', 'Bài c:cai-cach', 'Bài p:tin-tuc']);
  });

  it('writes the same bytes twice, and an entry keeps its id when newer articles arrive', async () => {
    const articles = { a: article('a', 'tin-tuc', day(1)), b: article('b', 'van-hoa', day(2)) };
    await served(articles);
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    const first = await readTree(path.join(api, 'feeds'));
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    expect(await readTree(path.join(api, 'feeds'))).toEqual(first);
    expect([...first.keys()]).toEqual(['all.xml', 'cai-cach.xml', 'tin-tuc.xml', 'van-hoa.xml']);

    await removeDir(path.join(work, 'export'));
    await removeDir(api);
    await served({ ...articles, c: article('c', 'tin-tuc', day(9)) });
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    const ids = (await feed('all')).entries.map((e) => e.id);
    expect(ids).toEqual([
      `${SITE_URL}articles/c`,
      `${SITE_URL}articles/b`,
      `${SITE_URL}articles/a`,
    ]);
  });

  it("writes dates with the site's offset, never Z", async () => {
    await served(
      {
        a: article('a', 'tin-tuc', '2007-12-10T04:19:00Z', {
          updatedAt: '2007-12-11T01:00:00.000Z',
        }),
      },
      {},
    );
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    const { doc, entries } = await feed('tin-tuc');
    expect(entries[0]?.published).toBe('2007-12-10T11:19:00+07:00');
    expect(entries[0]?.updated).toBe('2007-12-11T08:00:00+07:00');
    expect(text(doc.documentElement, 'updated')).toBe('2007-12-11T08:00:00+07:00');

    await removeDir(path.join(work, 'export'));
    await removeDir(api);
    await served(
      { a: article('a', 'tin-tuc', '2007-12-10T04:19:00Z') },
      { site: { ...SITE, timeZone: 'America/St_Johns' } },
    );
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    expect((await feed('all')).entries[0]?.published).toBe('2007-12-10T00:49:00-03:30');
  });

  it('puts every link under the site URL, base path included', async () => {
    await served({ a: article('a', 'cai-cach', day(1)) });
    await buildFeeds({ apiDir: api, siteUrl: 'https://cong.example.gov.vn/portal' });
    const { doc, entries } = await feed('cai-cach');
    const link = (rel: string) =>
      doc.querySelector(`feed > link[rel="${rel}"]`)?.getAttribute('href');
    expect(link('self')).toBe('https://cong.example.gov.vn/portal/api/feeds/cai-cach.xml');
    expect(link('alternate')).toBe('https://cong.example.gov.vn/portal/categories/cai-cach');
    expect(entries[0]?.link).toBe('https://cong.example.gov.vn/portal/articles/a');
    expect(entries[0]?.id).toBe('https://cong.example.gov.vn/portal/articles/a');

    await buildFeeds({
      apiDir: api,
      siteUrl: 'https://cong.example.gov.vn/portal/',
      apiUrl: 'https://cdn.example.vn/du-lieu',
    });
    expect((await feed('all')).xml).toContain(
      'href="https://cdn.example.vn/du-lieu/feeds/all.xml"',
    );
  });

  it("summarises an article without a summary by its body's first words, as text", async () => {
    const long = 'chữ '.repeat(200);
    await served({
      a: article('a', 'tin-tuc', day(1), {
        body: '<p>Đ&agrave;i &amp; <b>phát</b>&nbsp;thanh</p><script>x()</script>',
      }),
      b: article('b', 'van-hoa', day(2), { body: `<p>${long}</p>` }),
    });
    await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    expect((await feed('tin-tuc')).entries[0]?.summary).toBe('Đài & phát thanh');
    const cut = (await feed('van-hoa')).entries[0]?.summary ?? '';
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toMatch(/^chữ chữ .*chữ…$/);
  });
});

describe('build:feeds on a broken folder', () => {
  it('skips a broken article or list item with a warning naming it, keeping the rest', async () => {
    await served({
      a: article('a', 'tin-tuc', day(1)),
      b: article('b', 'tin-tuc', day(2)),
      c: article('c', 'tin-tuc', day(3)),
    });
    await writeFile(path.join(api, 'articles', 'b.json'), '{"id": "b", "tit');
    const pageFile = path.join(api, 'categories', 'tin-tuc', '1.json');
    const page = JSON.parse(await readFile(pageFile, 'utf8'));
    page.items[0].publishedAt = 'hôm qua';
    await writeFile(pageFile, JSON.stringify(page));
    const { warnings } = await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
    expect(warnings.join('\n')).toMatch(/articles\/b\.json: không phải JSON/);
    expect(warnings.join('\n')).toMatch(
      /categories\/tin-tuc\/1\.json: mục thứ 1 bị bỏ qua — publishedAt/,
    );
    expect((await feed('tin-tuc')).entries.map((e) => e.title)).toEqual(['Bài a']);
  });

  it.each([
    ['site.json', null],
    ['site.json', '{"name": '],
    ['site.json', '{"name": "Q1", "timeZone": "Sao Hỏa/Thủ đô"}'],
    ['categories.json', null],
    ['categories.json', '{"categories": "tin-tuc"}'],
  ])(
    'refuses a folder whose %s is missing or broken (%s), keeping the old feeds',
    async (file, content) => {
      await served({ a: article('a', 'tin-tuc', day(1)) });
      await buildFeeds({ apiDir: api, siteUrl: SITE_URL });
      const before = await readTree(path.join(api, 'feeds'));
      if (content === null) await rm(path.join(api, file));
      else await writeFile(path.join(api, file), content);
      const run = buildFeeds({ apiDir: api, siteUrl: SITE_URL });
      await expect(run).rejects.toThrow(FeedsError);
      await expect(run).rejects.toThrow(new RegExp(`^${file.replace('.', '\\.')}: `));
      expect(await readTree(path.join(api, 'feeds'))).toEqual(before);
      expect(
        await readTree(api).then((t) => [...t.keys()].filter((f) => f.includes('tmp'))),
      ).toEqual([]);
    },
  );

  it('exits 1 from the command line naming the file, 2 on bad arguments', async () => {
    await served({ a: article('a', 'tin-tuc', day(1)) });
    await rm(path.join(api, 'categories.json'));
    const cli = (args: string[]) =>
      promisify(execFile)(path.resolve('node_modules/.bin/tsx'), [
        'scripts/build-feeds.ts',
        ...args,
      ]).then(
        () => ({ code: 0, stderr: '' }),
        (error) => ({ code: error.code as number, stderr: String(error.stderr) }),
      );
    const refused = await cli(['--api', api, '--site-url', SITE_URL]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^categories\.json: thiếu tệp/);
    const bad = await cli(['--api', api, '--site-url', 'quan1.gov.vn']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--site-url phải là địa chỉ tuyệt đối/);
  }, 60_000); // two CLI starts (tsx, jsdom): ~4 s alone, far more on a busy 2-CPU machine
});

describe('baseUrl (issue #22)', () => {
  it.each([
    'https://quan1.example.gov.vn/?',
    'https://quan1.example.gov.vn/#',
    'https://quan1.example.gov.vn/?a=1',
    'https://user:pass@quan1.example.gov.vn/',
    'https://user@quan1.example.gov.vn/',
    'ftp://quan1.example.gov.vn/',
  ])('refuses %s, naming the option', (value) => {
    expect(() => baseUrl(value, '--site-url')).toThrow(/--site-url phải là địa chỉ http\(s\)/);
  });

  it('takes a plain address, adding the final slash', () => {
    expect(baseUrl('https://quan1.example.gov.vn/portal', '--site-url').href).toBe(
      'https://quan1.example.gov.vn/portal/',
    );
  });
});
