import { beforeEach, describe, expect, it, vi } from 'vitest';
import { searchPage } from './engine';
import { createSearcher } from './searcher';
import { runSearch, SearchUnavailable } from './use-search';

// The worker's side runs in-thread here: a fake Pagefind behind the real searcher.
vi.mock('./engine', () => ({ searchPage: vi.fn() }));

// As scripts/search/write-index.ts stores an article (src/shared/search/record.ts).
const hit = (id: string, title: string, content: string) => ({
  score: 1,
  data: async () => ({
    url: `/articles/${id}`,
    content,
    meta: { title, date: '2007-12-10T08:00:00+07:00' },
    filters: { category: ['tin-tuc', 'cha'] },
  }),
});

const search = vi.fn();
const load = vi.fn();
beforeEach(() => {
  search.mockReset();
  load.mockReset();
  load.mockResolvedValue({ options: vi.fn(), init: vi.fn(), preload: vi.fn(), search });
  const source = { load, failures: () => 0, reset: () => {} };
  vi.mocked(searchPage).mockImplementation(createSearcher(source).page);
});

const params = { q: 'duong', category: null, sort: 'relevance' as const, page: 1 };

describe('runSearch', () => {
  it('gives the engine folded text, and plain text back with đ restored and the title cut', async () => {
    search.mockResolvedValue({
      results: [hit('a', 'Mở d\u0335ường dây', 'Mở d\u0335ường dây\nĐoạn về d\u0335ường.')],
    });
    const outcome = await runSearch({ ...params, q: 'đường' });
    expect(search).toHaveBeenCalledWith('d\u0335ường', {});
    expect(outcome.hits).toEqual([
      expect.objectContaining({
        id: 'a',
        title: 'Mở đường dây',
        category: 'tin-tuc',
        text: 'Đoạn về đường.',
      }),
    ]);
  });

  it('counts every result, fetches only the page shown, and leaves out a malformed one', async () => {
    const results = Array.from({ length: 23 }, (_, i) =>
      hit(`bai-${i}`, `Bài ${i}`, 'Bài về đường'),
    );
    results[21] = { score: 1, data: async () => ({ url: '/articles/Sai' }) } as never;
    search.mockResolvedValue({ results });
    const outcome = await runSearch({ ...params, page: 3, category: 'x', sort: 'newest' });
    expect(search).toHaveBeenCalledWith('duong', {
      filters: { category: 'x' },
      sort: { date: 'desc' },
    });
    expect(outcome.total).toBe(23);
    expect(outcome.pageCount).toBe(3);
    expect(outcome.hits.map((h) => h.id)).toEqual(['bai-20', 'bai-22']);
  });

  it('finds nothing when a word is nowhere, whatever the engine substituted for it', async () => {
    search.mockResolvedValue({ results: [hit('a', 'Mở đường dây', 'Mở d\u0335ường dây x')] });
    expect(await runSearch({ ...params, q: 'duong xyzzy' })).toEqual({
      total: 0,
      pageCount: 1,
      hits: [],
    });
    expect((await runSearch({ ...params, q: 'duong x' })).total).toBe(1);
  });

  it('reports an index that cannot be loaded or used as unavailable', async () => {
    load.mockRejectedValueOnce(new Error('404'));
    await expect(runSearch(params)).rejects.toBeInstanceOf(SearchUnavailable);
    search.mockRejectedValue(new Error('wasm'));
    await expect(runSearch(params)).rejects.toBeInstanceOf(SearchUnavailable);
  });
});
