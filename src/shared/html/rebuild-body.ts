import { isOffSite, isSafeImageUrl, isSafeLinkUrl } from '../lib/safe-url';
import { ALLOWED_ATTR, ALLOWED_TAGS, ARIA, DROPPED_WHOLE, MAX_DEPTH } from './allow-list';
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

const HTML_NS = 'http://www.w3.org/1999/xhtml';

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
 * The allowed part of `body`, built anew in `out`. A loop with its own stack, not recursion:
 * jsdom's parser does not cap nesting as browsers do (see MAX_DEPTH).
 */
export function rebuild(body: HTMLElement, out: Document, site: string): HTMLElement {
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
