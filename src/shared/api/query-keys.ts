/** Hierarchical keys: invalidating `portalKeys.all` refetches everything. */
export const portalKeys = {
  all: ['portal'] as const,
  site: () => [...portalKeys.all, 'site'] as const,
  categories: () => [...portalKeys.all, 'categories'] as const,
  categoryPage: (slug: string, page: number) =>
    [...portalKeys.categories(), slug, 'page', page] as const,
  article: (id: string) => [...portalKeys.all, 'articles', id] as const,
  archive: () => [...portalKeys.all, 'archive'] as const,
  archiveIndex: () => [...portalKeys.archive(), 'index'] as const,
  archiveMonth: (month: string) => [...portalKeys.archive(), 'month', month] as const,
  archiveDay: (day: string) => [...portalKeys.archive(), 'day', day] as const,
  archiveNearestDays: (day: string) => [...portalKeys.archive(), 'nearest', day] as const,
  contacts: () => [...portalKeys.all, 'contacts'] as const,
  /** The layout's few hotlines, derived from contacts.json (not the whole directory). */
  hotlines: () => [...portalKeys.all, 'hotlines'] as const,
};
