/**
 * An article body's readable text: what a reader sees, not its markup. The one conversion for
 * the search index and the feeds' summaries (a summary and a search excerpt of the same body
 * read the same). Parsed with jsdom (already
 * a dev dependency) rather than regular expressions, so entities (`&ocirc;`, `&#7897;` — old
 * Vietnamese CMSs write both), comments, scripts and attributes are handled as a browser would.
 */
import { JSDOM } from 'jsdom';

// Block boundaries separate words ("<p>a</p><p>b</p>" is "a b", not "ab"); inline ones do not.
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|CAPTION|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;
const SKIP = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|IFRAME|OBJECT|SVG)$/;

const { document, Node } = new JSDOM('').window;
const template = document.createElement('template');

/**
 * How much of a body's HTML is read: 200 000 characters, some 60 printed pages. jsdom's time
 * grows faster than the input (0.4 s for 200 kB, 16 s for a 2 MB body) and Pagefind's with it,
 * so a 2 MB body took `build:api` minutes; past this point a body is neither indexed nor
 * summarised (issue #22). A tag or entity cut in two at the edge is dropped by the parser.
 */
export const MAX_HTML = 200_000;

export function htmlToText(html: string, maxHtml = MAX_HTML): string {
  template.innerHTML = html.length > maxHtml ? html.slice(0, maxHtml) : html;
  const parts: string[] = [];
  const walk = (node: globalThis.Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const name = (child as Element).tagName.toUpperCase();
        if (SKIP.test(name)) continue;
        const block = BLOCK.test(name);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(template.content);
  template.innerHTML = '';
  return parts.join('').replace(/\s+/g, ' ').trim();
}
