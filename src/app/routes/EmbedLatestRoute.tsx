// TODO(skeleton): replaced by the real page.
export function EmbedLatestRoute() {
  return <h1>EmbedLatestRoute</h1>;
}
