import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CategoriesDocument } from '../../../shared/contract/documents';
import { buildCategoryTree } from './get-categories';

/** The tree the app builds from a categories.json as the CMS might send it. */
function treeOf(categories: { slug: string; name: string; parent?: unknown }[]) {
  return buildCategoryTree(v.parse(CategoriesDocument, { categories }).categories);
}
const slugs = (list: { slug: string }[]) => list.map((c) => c.slug);

describe('buildCategoryTree', () => {
  it('makes a category whose parent is unknown a root, so it can still be reached', () => {
    const tree = treeOf([
      { slug: 'tin-tuc', name: 'Tin tức', parent: null },
      { slug: 'mo-coi', name: 'Mồ côi', parent: 'da-xoa' },
    ]);
    expect(slugs(tree.roots)).toEqual(['tin-tuc', 'mo-coi']);
    expect(slugs(tree.chainOf('mo-coi'))).toEqual(['mo-coi']);
  });

  it('makes a category that is its own parent a root, not its own child', () => {
    const tree = treeOf([{ slug: 'vong', name: 'Vòng', parent: 'vong' }]);
    expect(slugs(tree.roots)).toEqual(['vong']);
    expect(tree.childrenOf('vong')).toEqual([]);
    expect(slugs(tree.chainOf('vong'))).toEqual(['vong']);
  });

  it('keeps the first of two categories with the same slug', () => {
    const tree = treeOf([
      { slug: 'tin-tuc', name: 'Tin tức', parent: null },
      { slug: 'tin-tuc', name: 'Bản sao', parent: null },
    ]);
    expect(tree.list.map((c) => c.name)).toEqual(['Tin tức']);
  });

  it('does not hang on a parent cycle: each breadcrumb lists a category once', () => {
    const tree = treeOf([
      { slug: 'goc', name: 'Gốc', parent: null },
      { slug: 'a', name: 'A', parent: 'b' },
      { slug: 'b', name: 'B', parent: 'c' },
      { slug: 'c', name: 'C', parent: 'a' },
    ]);
    for (const slug of ['a', 'b', 'c']) {
      const chain = slugs(tree.chainOf(slug));
      expect(chain.at(-1)).toBe(slug);
      expect(new Set(chain).size).toBe(chain.length);
      expect(chain.length).toBeLessThanOrEqual(3);
    }
    expect(slugs(tree.childrenOf('a'))).toEqual(['c']);
    // Not asserted here: no member of the cycle is a root, so walking down from the roots never
    // reaches a, b or c. Breaking cycles for the navigation is the hostile-data work's to decide.
  });
});
