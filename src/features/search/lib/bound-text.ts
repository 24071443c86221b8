/**
 * A search result's text, cut to what its excerpt can show, in the thread that searched (the
 * search worker). The index keeps each article's whole text, and an article body of 1–5 MB made
 * the page's thread fold, scan and mark all of it for a 30-word excerpt: 0.6 s at normal speed
 * for 1 MB, 3.4 s at 4× CPU for 2 MB (issue #22). The page now gets the title and about
 * WINDOW_WORDS words around the first match past it, whatever the article's size.
 */
export const MAX_TEXT = 8_000;
const WINDOW_WORDS = 120;

/**
 * `content` (title first, then summary and body, as the index stores it) unchanged when short;
 * else the title and the words around `locations` (Pagefind's word positions of the matches,
 * counted over the content split at spaces), with "…" where text was left out.
 */
export function boundText(content: string, title: string, locations: readonly number[]): string {
  if (content.length <= MAX_TEXT) return content;
  const words = content.split(/\s+/);
  const titleWords = title.trim() ? title.trim().split(/\s+/).length : 0;
  const first = locations.find((at) => at >= titleWords) ?? titleWords;
  const from = Math.max(titleWords, first - WINDOW_WORDS / 2);
  const to = Math.min(words.length, from + WINDOW_WORDS);
  const head = content.startsWith(title) ? title : words.slice(0, titleWords).join(' ');
  return `${head}\n${from > titleWords ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
}
