import type { Category, CategoryTree } from '../../features/categories/api/get-categories';
import { FeedRow } from '../../features/feeds/components/FeedRow';
import { hasOwnFeed } from '../../features/feeds/feed-url';

/** Categories no root leads to (a parent cycle in the data) still have feeds: list them too. */
function topLevel(tree: CategoryTree): Category[] {
  const reached = new Set<string>();
  const visit = (slug: string) => {
    if (reached.has(slug)) return;
    reached.add(slug);
    for (const child of tree.childrenOf(slug)) visit(child.slug);
  };
  for (const root of tree.roots) visit(root.slug);
  return [...tree.roots, ...tree.list.filter((c) => !reached.has(c.slug))];
}

/** Every category's feed, nested like the categories (a parent's feed includes its children). */
export function FeedTree({ tree, level }: { tree: CategoryTree; level?: Category[] }) {
  const items = level ?? topLevel(tree);
  if (items.length === 0) return null;
  return (
    <ul className="feed-tree">
      {items.map((category) => (
        <li key={category.slug}>
          {hasOwnFeed(category.slug) ? (
            <FeedRow name={category.slug} label={category.name} />
          ) : (
            <span className="feed-row__name">{category.name}</span>
          )}
          <FeedTree tree={tree} level={tree.childrenOf(category.slug)} />
        </li>
      ))}
    </ul>
  );
}
