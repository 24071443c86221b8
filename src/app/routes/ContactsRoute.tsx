// TODO(skeleton): replaced by the real page.
export function ContactsRoute() {
  return <h1>ContactsRoute</h1>;
}
