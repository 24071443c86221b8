import type { ArticleSummary } from '../contract/documents';

/** Newest first, then by id: the contract's list order, so equal times never swap places. */
export function byNewest(a: ArticleSummary, b: ArticleSummary): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id);
}
