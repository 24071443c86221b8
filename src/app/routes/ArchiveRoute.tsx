// TODO(skeleton): replaced by the real page.
export function ArchiveRoute() {
  return <h1>ArchiveRoute</h1>;
}
