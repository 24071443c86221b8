/** categories.json (contract §1). */
import * as v from 'valibot';
import { Count, lenient, listOf, Slug } from './primitives';
import { Text } from './text';

export const Category = v.object({
  slug: Slug,
  name: Text,
  parent: v.fallback(v.nullable(Slug), null),
  description: lenient(v.string()),
  articleCount: lenient(Count),
});
export type Category = v.InferOutput<typeof Category>;

export const CategoriesDocument = v.object({ categories: listOf(Category) });
