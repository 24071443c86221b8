/**
 * Plain text from an article's HTML body, for a feed entry's summary when the article has
 * none. Feeds carry text, never the body's markup: a feed reader would render (and might not
 * sanitise) HTML, and the portal's sanitiser lives in the browser. Named entities are decoded
 * with the `entities` package (the whole HTML5 table: a 2007 CMS writes `&agrave;` and
 * `&#7897;` alike).
 */
import { decodeHTML } from 'entities';

const DROPPED_ELEMENTS =
  /<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
// Block boundaries become spaces so "<p>a</p><p>b</p>" reads "a b", not "ab".
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|figure|figcaption|section|article|pre)\b[^>]*>/gi;

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(DROPPED_ELEMENTS, ' ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeHTML(text).replace(/\s+/g, ' ').trim();
}

/**
 * At most `max` characters (code points, so a Vietnamese letter or an emoji is never split),
 * cut at the last space when there is one in the second half, with "…" when shortened.
 */
export function excerpt(text: string, max = 300): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
