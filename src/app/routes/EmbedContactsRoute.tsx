// TODO(skeleton): replaced by the real page.
export function EmbedContactsRoute() {
  return <h1>EmbedContactsRoute</h1>;
}
