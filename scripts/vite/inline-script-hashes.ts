import { createHash } from 'node:crypto';

// Data blocks the browser never runs (the preload table, a prerendered page's state, JSON-LD):
// they need no hash. Any other inline <script>, classic or module, does.
const DATA_TYPES = /^(?:application\/json|application\/ld\+json)$/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * `'sha256-…'` of every inline script in `html` that the browser would run, from its bytes as
 * the browser hashes them: the element's text, UTF-8, with the parser's CRLF → LF.
 */
export function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (type && DATA_TYPES.test(type)) continue;
    const digest = createHash('sha256').update(body.replace(/\r\n?/g, '\n'), 'utf8');
    out.add(`'sha256-${digest.digest('base64')}'`);
  }
  return [...out];
}
