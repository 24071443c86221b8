// TODO(skeleton): replaced by the real page.
export function ArticleRoute() {
  return <h1>ArticleRoute</h1>;
}
