import type { Crumb } from '../../shared/ui/Breadcrumb';
import * as urls from '../../shared/urls/app-urls';
import type { CategoryTree } from './api/get-categories';

export function categoryTrail(tree: CategoryTree | undefined, slug: string): Crumb[] {
  return (tree?.chainOf(slug) ?? []).map((c) => ({ to: urls.category(c.slug), label: c.name }));
}
