import { describe, expect, it, vi } from 'vitest';
import { pagefindLoader } from './pagefind-loader';

const entry = (body: string, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );

describe('pagefindLoader', () => {
  it('takes the index of an export with no article as one that finds nothing, not as missing', async () => {
    entry('{"version":"1.6.0","languages":{}}');
    const engine = await pagefindLoader(() => '/api/search/').load();
    expect(await engine.search('duong')).toEqual({ results: [] });
  });

  it.each([
    ['missing', 'not found', 404],
    ['not an entry', '<!doctype html>', 200],
  ])('refuses an entry that is %s', async (_, body, status) => {
    entry(body, status);
    await expect(pagefindLoader(() => '/api/search/').load()).rejects.toThrow(/pagefind-entry/);
  });
});
