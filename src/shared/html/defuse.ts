/**
 * Tags that hide what follows them when left open: inside `<math>`/`<svg>` most HTML is parsed
 * as foreign elements, `<noscript>`, `<xmp>`, `<plaintext>`… hold raw text or content we drop.
 * An unclosed one in a hostile body used to take every later paragraph with it. Only the tags
 * go, so their content is parsed as ordinary HTML and sanitised like the rest.
 */
const SWALLOWING_TAGS = /<\/?(?:math|svg|noscript|noembed|noframes|xmp|plaintext)\b[^>]*>/gi;

// Chromium checks the page's CSP while it *parses* markup, even into an inert document:
// a `style` or `on…` attribute, a <style> or a <base> in a body is reported as a violation
// though nothing would ever run or apply (the rebuild leaves them all behind). Legacy CMS bodies are
// full of `style="…"`, so before parsing, <style>/<base> go and those attributes are renamed
// `x-…`, which the allow-list drops like any unknown attribute. Best effort on purpose: one it
// misses is still left behind by the rebuild, it only costs a report.
const STYLE_OR_BASE = /<style\b[\s\S]*?<\/style\s*>|<base\b[^>]*>/gi;
// A tag up to its first `>` outside quotes. A quoted value may not hold `<`: an odd quote then
// fails the match (that tag is left as is) rather than run on into the text after the tag.
const TAG = /<[a-z][^\s/>]*(?:"[^"<]*"|'[^'<]*'|[^"'>])*>/gi;
const QUOTED = /("[^"<]*"|'[^'<]*')/;
const INLINE_ATTR = /(^|[\s/])(on[a-z]|style\b)/gi;

/** A body, prepared for parsing by sanitize.ts: see above. */
export function defuse(html: string): string {
  return html
    .replace(SWALLOWING_TAGS, '')
    .replace(STYLE_OR_BASE, '')
    .replace(TAG, (tag) =>
      tag
        .split(QUOTED)
        .map((part, i) => (i % 2 ? part : part.replace(INLINE_ATTR, '$1x-$2')))
        .join(''),
    );
}
