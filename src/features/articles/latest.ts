import type { ArticleSummary } from '../../shared/contract/primitives';
import { byNewest } from '../../shared/lib/by-newest';

/** Newest first across several lists, each article once (a child's article sits in its root's page too). */
export function mergeNewest(lists: ArticleSummary[][], limit: number): ArticleSummary[] {
  const byId = new Map<string, ArticleSummary>();
  for (const list of lists)
    for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort(byNewest).slice(0, limit);
}
