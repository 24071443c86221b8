import { NavLink } from 'react-router-dom';
import { useCategories } from '../api/get-categories';

/** The root categories, for the header. Silent while loading or broken: the page body says why. */
export function CategoryNav() {
  const { data } = useCategories();
  if (!data) return null;
  return (
    <>
      {data.roots.map((category) => (
        <NavLink key={category.slug} to={`/categories/${category.slug}`}>
          {category.name}
        </NavLink>
      ))}
    </>
  );
}
