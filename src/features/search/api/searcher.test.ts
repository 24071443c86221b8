import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSearcher } from './searcher';

const read = vi.fn();
const results = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    data: () => {
      read(i);
      return Promise.resolve({ n: i });
    },
  }));

const search = vi.fn();
const load = vi.fn();
beforeEach(() => {
  read.mockReset();
  search.mockReset();
  search.mockResolvedValue({ results: results(23) });
  load.mockReset();
  load.mockResolvedValue({ options: vi.fn(), init: vi.fn(), preload: vi.fn(), search });
});

const request = { query: 'phuong', category: null, newest: false, page: 1, pageSize: 10 };

describe('createSearcher', () => {
  it('counts every match but reads only the shown page, and ranks once for all pages', async () => {
    const searcher = createSearcher(load);
    expect(await searcher.page({ ...request, page: 3 })).toEqual({
      total: 23,
      data: [{ n: 20 }, { n: 21 }, { n: 22 }],
    });
    expect(read.mock.calls.flat()).toEqual([20, 21, 22]);
    await searcher.page(request);
    await searcher.page({ ...request, page: 2 });
    expect(search).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(3 + 10 + 10);
  });

  it('passes category and order on, as a search of their own', async () => {
    const searcher = createSearcher(load);
    await searcher.page(request);
    await searcher.page({ ...request, category: 'ho-tich', newest: true });
    expect(search.mock.calls).toEqual([
      ['phuong', {}],
      ['phuong', { filters: { category: 'ho-tich' }, sort: { date: 'desc' } }],
    ]);
  });

  it('prepares a search while typing: ranked once, its first page read ahead', async () => {
    const searcher = createSearcher(load);
    searcher.prepare(request);
    // Asked for before the prepared search has finished: the same ranking serves both.
    expect((await searcher.page(request)).total).toBe(23);
    expect(search).toHaveBeenCalledTimes(1);
    // The first page was read by both (Pagefind keeps what it fetched: no second download).
    expect(read.mock.calls.flat()).toEqual([...Array(10).keys(), ...Array(10).keys()]);
  });

  it('tries a failed search again instead of keeping the failure', async () => {
    const searcher = createSearcher(load);
    load.mockRejectedValueOnce(new Error('offline'));
    await expect(searcher.page(request)).rejects.toThrow('offline');
    search.mockResolvedValueOnce(null);
    await expect(searcher.page(request)).rejects.toThrow();
    expect((await searcher.page(request)).total).toBe(23);
  });

  it('keeps the last 4 searches', async () => {
    const searcher = createSearcher(load);
    for (const query of ['a', 'b', 'c', 'd']) await searcher.page({ ...request, query });
    await searcher.page({ ...request, query: 'a' }); // still kept, now the newest
    await searcher.page({ ...request, query: 'e' }); // pushes `b` out
    expect(search).toHaveBeenCalledTimes(5);
    await searcher.page({ ...request, query: 'a' });
    expect(search).toHaveBeenCalledTimes(5);
    await searcher.page({ ...request, query: 'b' });
    expect(search).toHaveBeenCalledTimes(6);
  });

  it('keeps no more than 30 000 results, but always the newest search', async () => {
    const searcher = createSearcher(load);
    search.mockImplementation(async (query: string) => ({
      results: results(query.startsWith('common') ? 20_000 : 5),
    }));
    await searcher.page({ ...request, query: 'common' });
    await searcher.page({ ...request, query: 'rare' });
    await searcher.page({ ...request, query: 'common 2' }); // 40 005: the oldest goes
    expect(search).toHaveBeenCalledTimes(3);
    await searcher.page({ ...request, query: 'rare' });
    await searcher.page({ ...request, query: 'common 2' });
    expect(search).toHaveBeenCalledTimes(3);
    await searcher.page({ ...request, query: 'common' });
    expect(search).toHaveBeenCalledTimes(4);
  });
});
