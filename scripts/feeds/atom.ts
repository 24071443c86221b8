/**
 * A small Atom 1.0 (RFC 4287) writer. Not the `feed` package: it writes every date with
 * `toISOString()` (UTC, `Z`) where the contract wants the site's offset, and carries titles as
 * `type="html"` CDATA where we want plain escaped text. What remains is escaping, which is
 * short and tested here (scripts/feeds/atom.test.ts).
 */

import { escapeHtml } from '../../src/shared/html/escape.ts';
import { siteClock } from '../../src/shared/time/site-time.ts';

// Characters XML 1.0 forbids even as references (C0 controls but tab/LF/CR, U+FFFE/U+FFFF,
// lone surrogates): one of them in a CMS title would make the whole feed unparsable.
const NOT_XML_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: data is always text, never markup; what XML cannot hold at all goes. */
export function escapeText(value: string): string {
  return escapeHtml(value.replace(NOT_XML_CHAR, ''));
}

/** Attribute values (always written in double quotes); tabs/newlines kept as references. */
export function escapeAttr(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/**
 * RFC 3339 date-time of `instant` on the site's clock with its offset, e.g.
 * `2007-12-17T16:00:00+07:00` (never `Z`: a reader of the raw feed sees the site's clock).
 * Four-digit year, whole-minute offset, as RFC 3339 requires: where the zone's clock cannot be
 * written so (local mean time, a year past 9999) the data's own offset is used (siteClock).
 */
export function siteDateTime(instant: string | Date, timeZone: string): string {
  const c = siteClock(instant, timeZone);
  const sign = c.offsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(c.offsetMinutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${String(c.year).padStart(4, '0')}-${two(c.month)}-${two(c.day)}` +
    `T${two(c.hour)}:${two(c.minute)}:${two(c.second)}` +
    `${sign}${two(Math.floor(offset / 60))}:${two(offset % 60)}`
  );
}

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  category?: { term: string; label: string; scheme: string };
  author?: string;
  summary?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  selfLink: string;
  alternateLink: string;
  author: { name: string; uri?: string };
  entries: readonly AtomEntry[];
}

const el = (indent: string, name: string, text: string) =>
  `${indent}<${name}>${escapeText(text)}</${name}>\n`;

function entryXml(entry: AtomEntry): string {
  let xml = '  <entry>\n';
  xml += el('    ', 'id', entry.id);
  xml += `    <title type="text">${escapeText(entry.title)}</title>\n`;
  xml += `    <link rel="alternate" type="text/html" href="${escapeAttr(entry.link)}"/>\n`;
  xml += el('    ', 'published', entry.published);
  xml += el('    ', 'updated', entry.updated);
  if (entry.author) xml += `    <author>\n${el('      ', 'name', entry.author)}    </author>\n`;
  if (entry.category) {
    const { term, label, scheme } = entry.category;
    xml += `    <category term="${escapeAttr(term)}" scheme="${escapeAttr(scheme)}" label="${escapeAttr(label)}"/>\n`;
  }
  if (entry.summary) xml += `    <summary type="text">${escapeText(entry.summary)}</summary>\n`;
  return `${xml}  </entry>\n`;
}

/** The feed document, byte for byte the same for the same input (no clock, no randomness). */
export function atomXml(feed: AtomFeed): string {
  let xml = '<?xml version="1.0" encoding="utf-8"?>\n';
  xml += '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n';
  xml += el('  ', 'id', feed.id);
  xml += `  <title type="text">${escapeText(feed.title)}</title>\n`;
  if (feed.subtitle) xml += `  <subtitle type="text">${escapeText(feed.subtitle)}</subtitle>\n`;
  xml += el('  ', 'updated', feed.updated);
  xml += `  <link rel="self" type="application/atom+xml" href="${escapeAttr(feed.selfLink)}"/>\n`;
  xml += `  <link rel="alternate" type="text/html" href="${escapeAttr(feed.alternateLink)}"/>\n`;
  xml += `  <author>\n${el('    ', 'name', feed.author.name)}`;
  if (feed.author.uri) xml += el('    ', 'uri', feed.author.uri);
  xml += '  </author>\n';
  for (const entry of feed.entries) xml += entryXml(entry);
  return `${xml}</feed>\n`;
}
