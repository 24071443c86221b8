/**
 * The contract's list order, one definition for the app, the generator (scripts/api) and the
 * feeds: newest first, equal times by id in code-unit order (A→Z). Not `localeCompare`, whose
 * order depends on the reader's locale: the generator and the app must agree to the byte.
 */
export interface Dated {
  publishedAt: string;
  id: string;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function byNewest(a: Dated, b: Dated): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || byId(a.id, b.id);
}

/** `items` in byNewest order, each date parsed once (the generator sorts 20 000 articles). */
export function sortNewest<T>(items: readonly T[], dated: (item: T) => Dated): T[] {
  const keyed = items.map((item) => {
    const d = dated(item);
    return { item, time: Date.parse(d.publishedAt), id: d.id };
  });
  keyed.sort((a, b) => b.time - a.time || byId(a.id, b.id));
  return keyed.map((k) => k.item);
}
