/** articles/{id}.json (contract §1): one article, body and pictures. */
import * as v from 'valibot';
import { ArticleSummary, Image, IsoDateTime, lenient, listOf } from './primitives';

const Figure = v.object({ ...Image.entries, caption: lenient(v.string()) });

export const ArticleDocument = v.object({
  ...ArticleSummary.entries,
  body: v.string(),
  author: lenient(v.string()),
  updatedAt: lenient(IsoDateTime),
  images: v.fallback(listOf(Figure), []),
  related: v.fallback(v.optional(listOf(ArticleSummary)), undefined),
});
export type Article = v.InferOutput<typeof ArticleDocument>;
