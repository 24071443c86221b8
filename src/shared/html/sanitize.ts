import { defuse } from './defuse';
import { createHtmlPolicy, type HtmlPolicy } from './html-policy';
import { rebuild } from './rebuild-body';

/**
 * Article bodies, cleaned where they are drawn: in the page generator (jsdom's window, lent by
 * `setSanitiserWindow`) and in the browser. How: rebuild-body.ts; what is allowed:
 * allow-list.ts; what is taken out before parsing: defuse.ts.
 */

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

/**
 * The body, cleaned: the markup of its rebuilt copy (rebuild-body.ts). As a string for tests
 * and the page generator's server rendering.
 */
export function sanitizeHtml(html: string): string {
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

/**
 * The body for `dangerouslySetInnerHTML`: TrustedHTML under Trusted Types (React 19 sets it
 * as is), the same string as `sanitizeHtml` elsewhere.
 */
export function sanitizeTrustedHtml(html: string): string | TrustedHTML {
  const body = sanitizeHtml(html);
  return policy ? policy.createHTML(body) : body;
}
