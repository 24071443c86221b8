import { describe, expect, it } from 'vitest';
import { buildCategoryTree, type Category } from './get-categories';

const cat = (slug: string, parent: string | null): Category => ({ slug, name: slug, parent });

describe('buildCategoryTree', () => {
  it('treats a parent loop like a missing parent: its members become reachable roots', () => {
    const tree = buildCategoryTree([
      cat('a', 'b'),
      cat('b', 'a'),
      cat('c', 'a'),
      cat('d', 'd'),
      cat('e', 'khong-co'),
      cat('f', null),
      cat('g', 'f'),
    ]);
    expect(tree.roots.map((c) => c.slug)).toEqual(['a', 'b', 'd', 'e', 'f']);
    expect(tree.childrenOf('a').map((c) => c.slug)).toEqual(['c']);
    expect(tree.childrenOf('b')).toEqual([]);
    expect(tree.chainOf('c').map((c) => c.slug)).toEqual(['a', 'c']);
    expect(tree.chainOf('g').map((c) => c.slug)).toEqual(['f', 'g']);
  });

  it('handles a long loop and a deep chain in linear time', () => {
    const n = 20_000;
    const loop = Array.from({ length: n }, (_, i) => cat(`l${i}`, `l${(i + 1) % n}`));
    const chain = Array.from({ length: n }, (_, i) => cat(`c${i}`, i === 0 ? null : `c${i - 1}`));
    const started = performance.now();
    const tree = buildCategoryTree([...loop, ...chain]);
    expect(tree.roots.length).toBe(n + 1);
    expect(tree.childrenOf('c0').map((c) => c.slug)).toEqual(['c1']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keeps the first of two categories with the same slug', () => {
    const tree = buildCategoryTree([
      cat('tin-tuc', null),
      { ...cat('tin-tuc', null), name: 'Bản sao' },
    ]);
    expect(tree.list.map((c) => c.name)).toEqual(['tin-tuc']);
  });
});
