// @vitest-environment node
// The index is queried with Pagefind's own client (scripts/search/node-client.ts): these tests
// pin the Vietnamese rules of CONTRACT.md §4 on the real engine, including the undocumented
// behaviour the đ workaround relies on.
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../mocks/node.ts';
import { buildApi } from './build-api.ts';
import { buildSearch, SearchSourceError } from './build-search.ts';
import { type EngineClient, openIndex } from './search/node-client.ts';
import { article, readTree, removeDir, tempDir, writeExport } from './test-helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CATEGORIES = {
  categories: [
    { slug: 'tin-tuc', name: 'Tin tức', parent: null },
    { slug: 'thong-bao', name: 'Thông báo', parent: null },
    { slug: 'ho-tich', name: 'Hộ tịch', parent: 'thong-bao' },
  ],
};
const ARTICLES = {
  'tet-duong-lich': article('tet-duong-lich', 'tin-tuc', '2007-12-28T08:00:00+07:00', {
    title: 'Nghỉ Tết Dương lịch 2008',
    body: '<p>Lịch nghỉ lễ của cơ quan.</p>',
  }),
  'duong-day-nong': article('duong-day-nong', 'tin-tuc', '2007-12-10T08:00:00+07:00', {
    title: 'Quận mở đường dây nóng',
    summary: 'Tiếp nhận phản ánh của người dân.',
    body: '<p>Gọi số 08.8291913.</p>',
  }),
  'sua-duong': article('sua-duong', 'tin-tuc', '2007-12-05T08:00:00+07:00', {
    title: 'Sửa đường Nguyễn Huệ',
    body: '<p class="giaoducdaotao">Đường sẽ thông xe&nbsp;cuối tháng.</p>',
  }),
  'ho-tich': article('ho-tich', 'ho-tich', '2007-12-03T08:00:00+07:00', {
    title: 'Thông báo về hộ tịch',
    // NFD on purpose: the index must be NFC whatever the data used.
    body: '<p>Hồ sơ khai sinh nộp tại phường <b>Thủ Thiêm</b>.</p>'.normalize('NFD'),
  }),
  'lich-tiep-dan': article('lich-tiep-dan', 'thong-bao', '2007-12-01T08:00:00+07:00', {
    title: 'Lịch tiếp dân tháng 12',
    body: '<p>Thông báo lịch tiếp công dân.</p>',
  }),
  'bi-hong': article('bi-hong', 'thong-bao', '2007-11-01T08:00:00+07:00', {
    title: 'Bài sẽ hỏng',
    body: '<p>khongconnua</p>',
  }),
};

let work: string;
let api: string;
let warnings: string[];
let engine: EngineClient;
const ids = async (query: string, options?: { category?: string; newest?: boolean }) =>
  (await engine.search(query, options)).results.map((result) => result.id);

beforeAll(async () => {
  // The engine fetches its files from a real local server: no MSW between them here.
  server.close();
  work = await tempDir('build-search-');
  const exportDir = await writeExport(path.join(work, 'export'), {
    categories: CATEGORIES,
    articles: ARTICLES,
  });
  api = path.join(work, 'api');
  await buildApi({ inDir: exportDir, outDir: api });
  // Damage the served folder the way a bad upload would.
  await writeFile(path.join(api, 'articles/bi-hong.json'), '{"id": "bi-hong", "tit');
  const pageFile = path.join(api, 'categories/tin-tuc/1.json');
  const page = JSON.parse(await readFile(pageFile, 'utf8'));
  page.items.push({ id: 'Không Hợp Lệ', title: 'x' });
  await writeFile(pageFile, JSON.stringify(page));
  warnings = (await buildSearch(api, () => {})).warnings;
  engine = await openIndex(path.join(api, 'search'));
}, 60_000);
afterAll(async () => {
  await engine?.close();
  await removeDir(work);
});

describe('the Vietnamese rules, on the real engine', () => {
  it('finds words typed without marks and with d for đ', async () => {
    expect(await ids('duong day nong')).toEqual(['duong-day-nong']);
    expect(await ids('ho tich')).toEqual(['ho-tich']);
  });

  it('ignores case, with or without marks', async () => {
    expect(await ids('ĐƯỜNG DÂY NÓNG')).toEqual(['duong-day-nong']);
    expect(await ids('HO TICH')).toEqual(['ho-tich']);
  });

  it('searches body and summary text, NFD or not, but not markup', async () => {
    expect(await ids('THU THIEM')).toEqual(['ho-tich']);
    expect(await ids('phản ánh')).toEqual(['duong-day-nong']);
    expect(await ids('giaoducdaotao')).toEqual([]);
    expect(await ids('nbsp')).toEqual([]);
  });

  it('ranks exact marks first: dương before articles that only have đường', async () => {
    const duong = await ids('dương');
    expect(duong[0]).toBe('tet-duong-lich');
    expect(duong).toEqual(expect.arrayContaining(['duong-day-nong', 'sua-duong']));
    // And the other way: both articles with đường before the one with Dương.
    expect((await ids('đường')).at(-1)).toBe('tet-duong-lich');
  });

  it('needs every word of the query', async () => {
    expect(await ids('nóng Nguyễn')).toEqual([]);
    expect(await ids('đường Nguyễn')).toEqual(['sua-duong']);
  });

  it('filters by category, a parent including its children, and sorts newest first', async () => {
    expect(await ids('thông báo', { category: 'thong-bao' })).toEqual(
      expect.arrayContaining(['ho-tich', 'lich-tiep-dan']),
    );
    expect(await ids('thông báo', { category: 'tin-tuc' })).toEqual([]);
    expect(await ids('duong', { newest: true })).toEqual([
      'tet-duong-lich',
      'duong-day-nong',
      'sua-duong',
    ]);
  });

  it('gives back plain text: title, site data, and the đ restored by the page', async () => {
    const [result] = (await engine.search('duong day nong')).results;
    expect(result).toMatchObject({
      title: 'Quận mở đường dây nóng',
      date: '2007-12-10T08:00:00+07:00',
      category: 'tin-tuc',
    });
    expect(result?.content).toContain('d\u0335ường dây nóng');
  });
});

describe('twins that differ only by their marks (issue #22)', () => {
  let twins: EngineClient;
  beforeAll(async () => {
    const dir = path.join(work, 'twins');
    const same = { category: 'tin-tuc', publishedAt: '2007-12-05T08:00:00+07:00' };
    const body = '<p>Công trình xong cuối tháng.</p>';
    const twin = (id: string, title: string) => ({ ...same, id, title, body, images: [] });
    const { writeIndex } = await import('./search/write-index.ts');
    await writeIndex(
      path.join(dir, 'search'),
      [
        twin('sua-duong-pho', 'Sửa đường phố Lê Lợi'),
        twin('sua-duong-pho-2', 'Sửa dương phố Lê Lợi'),
        twin('dang-ky-ho', 'Đăng ký hộ kinh doanh'),
        twin('dang-ky-ho-2', 'Đăng ký hồ kinh doanh'),
        twin('cat-emoji', 'Chúc mừng năm mới \ud83d'),
      ],
      CATEGORIES.categories,
    );
    twins = await openIndex(path.join(dir, 'search'));
  }, 60_000);
  afterAll(() => twins?.close());
  const ranked = async (query: string) =>
    (await twins.search(query)).results.map((r) => `${r.id} ${r.score.toFixed(2)}`);

  it.each([
    ['đường', 'sua-duong-pho', 'sua-duong-pho-2'],
    ['dương', 'sua-duong-pho-2', 'sua-duong-pho'],
    ['hộ', 'dang-ky-ho', 'dang-ky-ho-2'],
    ['hồ', 'dang-ky-ho-2', 'dang-ky-ho'],
  ])('%s: the exact twin strictly first', async (query, exact, other) => {
    const [first, second] = await ranked(query);
    expect(first).toMatch(new RegExp(`^${exact} `));
    expect(second).toMatch(new RegExp(`^${other} `));
    expect(Number(first?.split(' ')[1])).toBeGreaterThan(Number(second?.split(' ')[1]));
  });

  it('indexes a title with a lone surrogate (a cut emoji) as U+FFFD', async () => {
    const [found] = (await twins.search('chuc mung nam moi')).results;
    expect(found?.title).toBe('Chúc mừng năm mới \ufffd');
  });
});

describe('a damaged data folder', () => {
  it('skips a broken article or list item, naming it, and indexes the rest', async () => {
    expect(warnings.some((w) => w.startsWith('articles/bi-hong.json'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('categories/tin-tuc/1.json: items.'))).toBe(true);
    expect(await ids('khongconnua')).toEqual([]);
    expect(await ids('tiếp công dân')).toEqual(['lich-tiep-dan']);
  });

  it.each([
    ['site.json', '', /site\.json: không có tệp/],
    ['categories.json', '{"categories": ', /categories\.json: không phải JSON/],
    ['categories.json', '{"categories": 3}', /categories\.json/],
  ])(
    'refuses a folder whose %s is unusable and keeps the previous index',
    async (file, text, message) => {
      const copy = path.join(work, 'copy');
      await rm(copy, { recursive: true, force: true });
      await cp(api, copy, { recursive: true });
      if (text) await writeFile(path.join(copy, file), text);
      else await rm(path.join(copy, file));
      const before = await readTree(path.join(copy, 'search'));
      const error = await buildSearch(copy, () => {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SearchSourceError);
      expect((error as Error).message).toMatch(message);
      expect(await readTree(path.join(copy, 'search'))).toEqual(before);
      expect((await readdir(copy)).filter((name) => name.includes('tmp'))).toEqual([]);
    },
  );

  it('exits non-zero from the command line with the reason', async () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const run = promisify(execFile);
    const failed = await run(
      tsx,
      ['scripts/build-search.ts', '--api', path.join(work, 'nowhere')],
      {
        cwd: ROOT,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/site\.json: không có tệp/);
  }, 30_000);
});

it('public/api/search is up to date with public/api (else: npm run build:search -- --api public/api)', async () => {
  const copy = path.join(work, 'sample');
  await cp(path.join(ROOT, 'public/api'), copy, { recursive: true });
  await rm(path.join(copy, 'search'), { recursive: true, force: true });
  await buildSearch(copy, () => {});
  const read = async (dir: string) =>
    Object.fromEntries(
      await Promise.all(
        [...(await readTree(dir)).keys()].map(async (f) => [
          f,
          (await readFile(path.join(dir, f))).toString('base64'),
        ]),
      ),
    );
  expect(await read(path.join(ROOT, 'public/api/search'))).toEqual(
    await read(path.join(copy, 'search')),
  );
}, 30_000);
