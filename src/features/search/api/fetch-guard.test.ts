import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { guardedFetch, indexFailures } from './fetch-guard';

const file = gzipSync(Buffer.from('pagefind_dcd{"words":[]}'));
const serve =
  (body: BodyInit | null, status = 200) =>
  async () =>
    new Response(body, { status });

describe('guardedFetch (a damaged index is told apart from an empty answer)', () => {
  it('passes an index file that arrived whole, unchanged', async () => {
    const before = indexFailures();
    const response = await guardedFetch(serve(file), '/api/search/index/vi_1.pf_index');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(file);
    expect(indexFailures()).toBe(before);
  });

  it.each([
    ['missing', serve('not found', 404), 'index/vi_1.pf_index'],
    ['cut short', serve(file.subarray(0, file.length - 9)), 'index/vi_1.pf_index'],
    ['garbage', serve('<!doctype html><title>x</title>'), 'filter/vi_2.pf_filter'],
    ['not Pagefind’s', serve(gzipSync(Buffer.from('hello'))), 'fragment/vi_3.pf_fragment'],
    [
      'unreachable',
      async () => {
        throw new TypeError('Failed to fetch');
      },
      'pagefind.vi_4.pf_meta',
    ],
  ])('fails and counts a file that is %s', async (_, fetchImpl, name) => {
    const before = indexFailures();
    await expect(guardedFetch(fetchImpl, `/api/search/${name}`)).rejects.toThrow();
    expect(indexFailures()).toBe(before + 1);
  });

  it('leaves every other request alone', async () => {
    const response = await guardedFetch(serve('{}', 404), '/api/search/pagefind-entry.json');
    expect(response.status).toBe(404);
  });
});
