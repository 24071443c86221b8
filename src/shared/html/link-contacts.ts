import { findContacts } from '../lib/contact-text';

/**
 * A text node's phone numbers and e-mail addresses as `tel:`/`mailto:` links
 * (lib/contact-text.ts finds them), on the server's rendering and in the browser alike, as
 * part of the one sanitised body: the text cut into text nodes and links made in `doc`, or
 * undefined when it holds none. The sanitiser never asks for text inside a link (never a link
 * in a link, never an author's link changed), and checks each new link as it checks the
 * author's.
 */
export function contactPieces(text: string, doc: Document): Node[] | undefined {
  if (!/[\d@]/.test(text)) return undefined;
  const matches = findContacts(text);
  if (matches.length === 0) return undefined;
  const pieces: Node[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.start > cursor) pieces.push(doc.createTextNode(text.slice(cursor, match.start)));
    const link = doc.createElement('a');
    link.setAttribute('href', match.href);
    link.textContent = text.slice(match.start, match.end);
    pieces.push(link);
    cursor = match.end;
  }
  if (cursor < text.length) pieces.push(doc.createTextNode(text.slice(cursor)));
  return pieces;
}
