/**
 * Test helper (vitest's jsdom environment): parses a feed with the DOM's XML parser (strict,
 * namespace-aware: jsdom uses saxes) and lists what RFC 4287 requires that the document lacks.
 * Used on generated and on committed feeds.
 */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** RFC 3339 with a numeric offset: the site's clock, never `Z`. */
export const OFFSET_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`không phải XML: ${error.textContent}`);
  return doc;
}

const children = (parent: Element, name: string) =>
  [...parent.children].filter((el) => el.namespaceURI === ATOM_NS && el.localName === name);
export const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? '';

export interface ParsedEntry {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  summary: string;
  category: string;
}

export function entries(doc: Document): ParsedEntry[] {
  return children(doc.documentElement, 'entry').map((entry) => ({
    id: text(entry, 'id'),
    title: text(entry, 'title'),
    link: children(entry, 'link')[0]?.getAttribute('href') ?? '',
    published: text(entry, 'published'),
    updated: text(entry, 'updated'),
    summary: text(entry, 'summary'),
    category: children(entry, 'category')[0]?.getAttribute('term') ?? '',
  }));
}

function isIri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

/** Problems with the feed's required structure (empty list = fine). */
export function atomProblems(doc: Document): string[] {
  const problems: string[] = [];
  const feed = doc.documentElement;
  if (feed.namespaceURI !== ATOM_NS || feed.localName !== 'feed')
    return ['gốc không phải atom:feed'];
  const once = (parent: Element, name: string, where: string) => {
    const count = children(parent, name).length;
    if (count !== 1) problems.push(`${where}: ${count} × ${name}, cần đúng 1`);
  };
  for (const name of ['id', 'title', 'updated']) once(feed, name, 'feed');
  const links = children(feed, 'link');
  for (const rel of ['self', 'alternate']) {
    if (!links.some((l) => l.getAttribute('rel') === rel && isIri(l.getAttribute('href') ?? ''))) {
      problems.push(`feed: thiếu link rel=${rel}`);
    }
  }
  if (!isIri(text(feed, 'id'))) problems.push('feed: id không phải IRI');
  if (!OFFSET_DATE.test(text(feed, 'updated')))
    problems.push(`feed: updated ${text(feed, 'updated')}`);
  const feedAuthor = children(feed, 'author').length > 0;
  const ids = new Set<string>();
  children(feed, 'entry').forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    for (const name of ['id', 'title', 'updated']) once(entry, name, where);
    const id = text(entry, 'id');
    if (!isIri(id)) problems.push(`${where}: id không phải IRI`);
    if (ids.has(id)) problems.push(`${where}: id lặp lại ${id}`);
    ids.add(id);
    for (const name of ['updated', 'published']) {
      if (!OFFSET_DATE.test(text(entry, name)))
        problems.push(`${where}: ${name} ${text(entry, name)}`);
    }
    const alternate = children(entry, 'link').some(
      (l) =>
        (l.getAttribute('rel') ?? 'alternate') === 'alternate' &&
        isIri(l.getAttribute('href') ?? ''),
    );
    if (!alternate && children(entry, 'content').length === 0)
      problems.push(`${where}: thiếu link/content`);
    if (!feedAuthor && children(entry, 'author').length === 0)
      problems.push(`${where}: thiếu author`);
    for (const el of [...children(entry, 'title'), ...children(entry, 'summary')]) {
      if (el.getAttribute('type') !== 'text' || el.children.length > 0) {
        problems.push(`${where}: ${el.localName} không phải văn bản thuần`);
      }
    }
  });
  return problems;
}
