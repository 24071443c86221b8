/**
 * What an article body may hold (sanitize.ts): the tags, the attributes besides a link's `href`
 * and an image's `src` (rebuild-body.ts checks those), and what goes with its content.
 */
export const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'blockquote',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'span',
  'div',
  'pre',
  'code',
  'abbr',
  'cite',
  'q',
  'small',
  'mark',
]);
export const ALLOWED_ATTR = new Set([
  'alt',
  'title',
  'colspan',
  'rowspan',
  'scope',
  'width',
  'height',
]);
export const ARIA = /^aria-[a-z-]+$/;
/**
 * Elements whose content goes with them: code, what a browser never shows, media's sources
 * and tracks (DOMPurify's list for HTML, less the allowed `thead`).
 */
export const DROPPED_WHOLE = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'head',
  'title',
  'audio',
  'video',
  'colgroup',
]);

/**
 * How deep the built body may nest: deeper elements are dropped and their content kept. No
 * article needs more (browsers' parsers stop nesting at 512), and a hostile body thousands of
 * elements deep would otherwise cost jsdom seconds per insertion and overflow the stack of its
 * serialiser in the page generator.
 */
export const MAX_DEPTH = 128;
