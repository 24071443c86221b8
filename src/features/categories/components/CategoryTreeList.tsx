import { Link } from 'react-router-dom';
import * as urls from '../../../shared/urls/app-urls';
import type { CategoryTree } from '../api/get-categories';

/** The whole category tree as nested lists (home sidebar). */
export function CategoryTreeList({ tree, parent }: { tree: CategoryTree; parent?: string }) {
  const level = parent === undefined ? tree.roots : tree.childrenOf(parent);
  if (level.length === 0) return null;
  return (
    <ul className="tree-list">
      {level.map((category) => (
        <li key={category.slug}>
          <Link to={urls.category(category.slug)}>{category.name}</Link>
          {category.articleCount !== undefined && (
            <span className="muted"> ({category.articleCount})</span>
          )}
          <CategoryTreeList tree={tree} parent={category.slug} />
        </li>
      ))}
    </ul>
  );
}
