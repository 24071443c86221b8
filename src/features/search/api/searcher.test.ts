import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TEXT } from '../lib/bound-text';
import { createSearcher, IndexDamaged } from './searcher';

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
/** Index files that failed so far (what fetch-guard.ts counts). */
let failed = 0;
const reset = vi.fn();
const source = { load, failures: () => failed, reset };
beforeEach(() => {
  read.mockReset();
  search.mockReset();
  search.mockResolvedValue({ results: results(23) });
  load.mockReset();
  load.mockResolvedValue({ options: vi.fn(), init: vi.fn(), preload: vi.fn(), search });
  failed = 0;
  reset.mockReset();
});

const request = { query: 'phuong', category: null, newest: false, page: 1, pageSize: 10 };

describe('createSearcher', () => {
  it('counts every match but reads only the shown page, and ranks once for all pages', async () => {
    const searcher = createSearcher(source);
    expect(await searcher.page({ ...request, page: 3 })).toMatchObject({
      total: 23,
      data: [{}, {}, {}],
    });
    expect(read.mock.calls.flat()).toEqual([20, 21, 22]);
    await searcher.page(request);
    await searcher.page({ ...request, page: 2 });
    expect(search).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(3 + 10 + 10);
  });

  it('passes category and order on, as a search of their own', async () => {
    const searcher = createSearcher(source);
    await searcher.page(request);
    await searcher.page({ ...request, category: 'ho-tich', newest: true });
    expect(search.mock.calls).toEqual([
      ['phuong', {}],
      ['phuong', { filters: { category: 'ho-tich' }, sort: { date: 'desc' } }],
    ]);
  });

  it('prepares a search while typing: ranked once, its first page read ahead', async () => {
    const searcher = createSearcher(source);
    searcher.prepare(request);
    // Asked for before the prepared search has finished: the same ranking serves both.
    expect((await searcher.page(request)).total).toBe(23);
    expect(search).toHaveBeenCalledTimes(1);
    // The first page was read by both (Pagefind keeps what it fetched: no second download).
    expect(read.mock.calls.flat()).toEqual([...Array(10).keys(), ...Array(10).keys()]);
  });

  it('tries a failed search again instead of keeping the failure', async () => {
    const searcher = createSearcher(source);
    load.mockRejectedValueOnce(new Error('offline'));
    await expect(searcher.page(request)).rejects.toThrow('offline');
    search.mockResolvedValueOnce(null);
    await expect(searcher.page(request)).rejects.toThrow();
    expect((await searcher.page(request)).total).toBe(23);
  });

  it('keeps the last 4 searches', async () => {
    const searcher = createSearcher(source);
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
    const searcher = createSearcher(source);
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

  it('fails, instead of answering, when an index file failed during the search', async () => {
    const searcher = createSearcher(source);
    search.mockImplementationOnce(async () => {
      failed++; // a chunk that 404'd, was cut short or was not Pagefind's: skipped by Pagefind
      return { results: [] };
    });
    await expect(searcher.page(request)).rejects.toBeInstanceOf(IndexDamaged);
    // The engine is dropped (the index may have been rebuilt under new names) and asked again.
    expect(reset).toHaveBeenCalledTimes(1);
    expect((await searcher.page(request)).total).toBe(23);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('fails when a shown result cannot be read, rather than count results it cannot show', async () => {
    const searcher = createSearcher(source);
    search.mockResolvedValueOnce({
      results: [{ data: () => Promise.reject(new Error('404 fragment')) }],
    });
    await expect(searcher.page(request)).rejects.toThrow('404 fragment');
    expect(reset).toHaveBeenCalled();
  });

  it('sends the page a bounded text of a huge article, around its first match', async () => {
    const searcher = createSearcher(source);
    const body = Array.from({ length: 300_000 }, (_, i) => `tu${i}`).join(' '); // ~2.4 MB
    const content = `Bài rất dài\n${body} cuoicung`;
    const words = content.split(/\s+/).length;
    search.mockResolvedValueOnce({
      results: [
        {
          data: async () => ({
            url: '/articles/dai',
            content,
            meta: { title: 'Bài rất dài' },
            locations: [words - 1],
            raw_content: content,
          }),
        },
      ],
    });
    const answer = await searcher.page({ ...request, query: 'cuoicung' });
    const [record] = answer.data as { content: string; raw_content?: string }[];
    expect(record?.content.length).toBeLessThan(MAX_TEXT);
    expect(record?.content).toMatch(/^Bài rất dài\n… .* tu299999 cuoicung$/);
    expect(record?.raw_content).toBeUndefined();
    // Every word was looked for in the whole text, not in the part sent.
    expect(answer.everyWord).toBe(true);
    search.mockResolvedValueOnce({
      results: [{ data: async () => ({ content, meta: { title: 'Bài rất dài' } }) }],
    });
    expect((await searcher.page({ ...request, query: 'cuoicung xyzzy' })).everyWord).toBe(false);
  });
});
