import { isOffSite, isSafeImageUrl, isSafeLinkUrl } from '../lib/safe-url';
import { defuse } from './defuse';
import { createHtmlPolicy, type HtmlPolicy } from './html-policy';
import { contactPieces } from './link-contacts';

/**
 * Article bodies come from a CMS export we do not control. Allow-list only what an article
 * needs; everything else (script, iframe, form, style, event handlers, javascript: URLs) goes.
 *
 * Cleaned by construction: the body is parsed into an inert document (`DOMParser`: nothing in
 * it runs or loads), and a new body is built beside it from fresh elements of the allowed tags,
 * each given only the allowed attributes, and fresh text nodes. Nothing of the parsed tree is
 * kept, so whatever the parser made of it (foreign content, clobbered properties, templates,
 * comments) cannot come along. An element off the list is dropped and its content kept, save
 * where the content is itself code, hidden or not text (`DROPPED_WHOLE`). The allowed tags hold
 * no raw text and no foreign content, so the new body reads back (innerHTML) as it was built.
 * It replaced DOMPurify with the same lists (docs/security.md): its general machinery (SVG,
 * MathML, hooks) was ~12 kB gzip of the article page's sanitiser. sanitize.test.ts runs the
 * rules and a list of known attacks, each of which must read back as it was built.
 */
const ALLOWED_TAGS = new Set([
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
const ALLOWED_ATTR = new Set(['alt', 'title', 'colspan', 'rowspan', 'scope', 'width', 'height']);
const ARIA = /^aria-[a-z-]+$/;
/**
 * Elements whose content goes with them: code, what a browser never shows, media's sources
 * and tracks (DOMPurify's list for HTML, less the allowed `thead`).
 */
const DROPPED_WHOLE = new Set([
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

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** What the sanitiser needs of a window: a parser, documents to build in, the page's address. */
export type SanitiserWindow = Pick<Window, 'document' | 'location'> & {
  DOMParser: typeof DOMParser;
};

let sanitiserWindow: SanitiserWindow | undefined;
let policy: HtmlPolicy | null | undefined;

/**
 * The page generator has no browser window: it lends one (jsdom's) whose address is the
 * site's, so that bodies are sanitised there exactly as in the browser.
 */
export function setSanitiserWindow(win: SanitiserWindow) {
  sanitiserWindow = win;
  policy = undefined;
}

function currentWindow(): SanitiserWindow {
  const win = sanitiserWindow ?? window;
  policy ??= createHtmlPolicy(win);
  return win;
}

/** A link's target kept where it is safe (safe-url.ts), off-site ones opened without referrer. */
function checkLink(link: Element, site: string) {
  const href = link.getAttribute('href');
  if (href === null) return;
  if (!isSafeLinkUrl(href, site)) link.removeAttribute('href');
  else if (isOffSite(href, site)) link.setAttribute('rel', 'noopener noreferrer');
}

/** The allowed copy of `source` (an HTML element), or undefined when it goes with its content. */
function copyOf(source: Element, out: Document, site: string): Element | undefined {
  const tag = source.localName;
  const copy = out.createElement(tag);
  for (const { name, value } of source.attributes) {
    // A URL only where it is one: a link's target, an image's source.
    const url = name === 'href' ? tag === 'a' : name === 'src' ? tag === 'img' : undefined;
    // `aria-*` as DOMPurify kept them: text that names or describes, never code.
    if (url === true || (url === undefined && (ALLOWED_ATTR.has(name) || ARIA.test(name)))) {
      copy.setAttribute(name, value);
    }
  }
  if (tag === 'a') checkLink(copy, site);
  if (tag === 'img') {
    if (!isSafeImageUrl(copy.getAttribute('src') ?? '', site)) return undefined;
    copy.setAttribute('loading', 'lazy');
    if (!copy.hasAttribute('alt')) copy.setAttribute('alt', '');
  }
  return copy;
}

/** Text into `parent`, its phone numbers and addresses as links unless it is a link's. */
function appendText(parent: Node, text: string, inLink: boolean, out: Document, site: string) {
  const pieces = inLink ? undefined : contactPieces(text, out);
  if (!pieces) {
    parent.appendChild(out.createTextNode(text));
    return;
  }
  for (const piece of pieces) {
    if (piece.nodeType === 1) checkLink(piece as Element, site);
    parent.appendChild(piece);
  }
}

/**
 * How deep the built body may nest: deeper elements are dropped and their content kept. No
 * article needs more (browsers' parsers stop nesting at 512), and a hostile body thousands of
 * elements deep would otherwise cost jsdom seconds per insertion and overflow the stack of its
 * serialiser in the page generator.
 */
const MAX_DEPTH = 128;

/**
 * The allowed part of `body`, built anew in `out`. A loop with its own stack, not recursion,
 * for the same reason.
 */
function rebuild(body: HTMLElement, out: Document, site: string): HTMLElement {
  const clean = out.body;
  // [next source node to copy, where its copy goes, whether that is inside a link]
  const stack: [ChildNode | null, Node, boolean][] = [[body.firstChild, clean, false]];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as [ChildNode | null, Node, boolean];
    const [node, parent, inLink] = frame;
    if (!node) {
      stack.pop();
      continue;
    }
    frame[0] = node.nextSibling;
    if (node.nodeType === 3) appendText(parent, node.nodeValue ?? '', inLink, out, site);
    if (node.nodeType !== 1) continue; // comments, processing instructions: gone
    const element = node as Element;
    const tag = element.localName;
    // Foreign content (SVG, MathML) goes whole, as DOMPurify's list has it.
    if (element.namespaceURI !== HTML_NS || DROPPED_WHOLE.has(tag)) continue;
    if (!ALLOWED_TAGS.has(tag) || stack.length > MAX_DEPTH) {
      stack.push([element.firstChild, parent, inLink]);
      continue;
    }
    const copy = copyOf(element, out, site);
    if (!copy) continue;
    parent.appendChild(copy);
    stack.push([element.firstChild, copy, inLink || tag === 'a']);
  }
  return clean;
}

/** The body, cleaned: the markup of its rebuilt copy (see the top of this file). */
function clean(html: string): string {
  const win = currentWindow();
  const input = defuse(html);
  // Under Trusted Types, parsing a string is itself a sink: the body's one policy lets it in.
  const parsed = new win.DOMParser().parseFromString(
    (policy ? policy.createHTML(input) : input) as string,
    'text/html',
  );
  const out = win.document.implementation.createHTMLDocument('');
  const body = rebuild(parsed.body, out, win.location.href);
  // The parser drops white space before the body's first text or tag; keep it, as it was.
  const lead = /^[\t\n\f\r ]+/.exec(input)?.[0];
  return (lead ?? '') + body.innerHTML;
}

/** The body as a sanitised string (tests, the page generator's server rendering). */
export function sanitizeHtml(html: string): string {
  return clean(html);
}

/**
 * The body for `dangerouslySetInnerHTML`: TrustedHTML under Trusted Types (React 19 sets it
 * as is), the same string as `sanitizeHtml` elsewhere.
 */
export function sanitizeTrustedHtml(html: string): string | TrustedHTML {
  const body = clean(html);
  return policy ? policy.createHTML(body) : body;
}
