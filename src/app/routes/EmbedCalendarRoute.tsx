// TODO(skeleton): replaced by the real page.
export function EmbedCalendarRoute() {
  return <h1>EmbedCalendarRoute</h1>;
}
