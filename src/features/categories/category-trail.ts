import type { Crumb } from '../../shared/ui/Breadcrumb';
import type { CategoryTree } from './api/get-categories';

export function categoryTrail(tree: CategoryTree | undefined, slug: string): Crumb[] {
  return (tree?.chainOf(slug) ?? []).map((c) => ({ to: `/categories/${c.slug}`, label: c.name }));
}
