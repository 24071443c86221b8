import { describe, expect, it } from 'vitest';
import { portalKeys } from '../../shared/api/query-keys';
import { carriedFiles } from './carried-files';

const query = (queryKey: readonly unknown[], data: unknown, status = 'success') => ({
  queryKey,
  queryHash: JSON.stringify(queryKey),
  state: { data, status },
});

describe('carriedFiles', () => {
  it('turns the queries a page was drawn with back into the files they came from', () => {
    const article = { id: 'a', title: 'Tin' };
    const files = carriedFiles({
      mutations: [],
      queries: [
        query(portalKeys.site(), { name: 'Quận' }),
        query(portalKeys.categories(), [{ slug: 'x' }]),
        query(portalKeys.hotlines(), [{ id: 'h' }]),
        query(portalKeys.article('a'), article),
        query(portalKeys.categoryPage('x', 2), { page: 2 }),
        query(portalKeys.archiveIndex(), [{ month: '2007-12', count: 3 }]),
        query(portalKeys.archiveMonth('2007-12'), [{ date: '2007-12-10', count: 3 }]),
        query(portalKeys.archiveMonth('2007-11'), []),
        query(portalKeys.archiveDay('2007-12-09'), null),
        query(portalKeys.article('b'), undefined, 'error'),
      ],
    } as never);
    expect(Object.fromEntries(files.map((f) => [f.path, JSON.parse(f.body)]))).toEqual({
      'site.json': { name: 'Quận' },
      'categories.json': { categories: [{ slug: 'x' }] },
      'articles/a.json': article,
      'categories/x/2.json': { page: 2 },
      'archive/index.json': { months: [{ month: '2007-12', count: 3 }] },
      'archive/2007-12.json': { month: '2007-12', days: [{ date: '2007-12-10', count: 3 }] },
    });
  });
});
