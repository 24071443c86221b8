import { NavLink } from 'react-router-dom';
import * as urls from '../../../shared/urls/app-urls';
import { useCategories } from '../api/get-categories';

/** The root categories, for the header. Silent while loading or broken: the page body says why. */
export function CategoryNav() {
  const { data } = useCategories();
  if (!data) return null;
  return (
    <>
      {data.roots.map((category) => (
        <NavLink key={category.slug} to={urls.category(category.slug)}>
          {category.name}
        </NavLink>
      ))}
    </>
  );
}
