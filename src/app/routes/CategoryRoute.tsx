// TODO(skeleton): replaced by the real page.
export function CategoryRoute() {
  return <h1>CategoryRoute</h1>;
}
