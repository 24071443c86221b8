// TODO(skeleton): replaced by the real page.
export function HomeRoute() {
  return <h1>HomeRoute</h1>;
}
