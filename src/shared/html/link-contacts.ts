import { findContacts } from '../lib/contact-text';

// Text this module made itself (the pieces around and inside a new link): never looked at again.
const made = new WeakSet<Node>();

/**
 * A DOMPurify `afterSanitizeElements` hook: a text node's phone numbers and e-mail addresses
 * become `tel:`/`mailto:` links (lib/contact-text.ts finds them), on the server's rendering
 * and in the browser alike, as part of the one sanitised body. Text already inside a link is
 * left alone (never a link in a link, never an author's link changed). The node keeps the text
 * before the first match, and the rest is inserted after it, where DOMPurify's walk goes next:
 * the new links are sanitised like any other (their `href` checked by the link hook).
 */
export function linkContacts(node: Node): void {
  if (node.nodeType !== 3 || made.has(node)) return;
  const text = node.nodeValue ?? '';
  if (!/[\d@]/.test(text)) return;
  const parent = node.parentElement;
  if (!parent || parent.closest('a')) return;
  const matches = findContacts(text);
  const first = matches[0];
  if (!first) return;
  const doc = node.ownerDocument as Document;
  const pieces: Node[] = [];
  let cursor = first.start;
  for (const match of matches) {
    if (match.start > cursor) pieces.push(doc.createTextNode(text.slice(cursor, match.start)));
    const link = doc.createElement('a');
    link.setAttribute('href', match.href);
    link.textContent = text.slice(match.start, match.end);
    if (link.firstChild) made.add(link.firstChild);
    pieces.push(link);
    cursor = match.end;
  }
  if (cursor < text.length) pieces.push(doc.createTextNode(text.slice(cursor)));
  for (const piece of pieces) if (piece.nodeType === 3) made.add(piece);
  node.nodeValue = text.slice(0, first.start);
  let after: Node = node;
  for (const piece of pieces) {
    parent.insertBefore(piece, after.nextSibling);
    after = piece;
  }
}
