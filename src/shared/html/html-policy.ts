/**
 * The Trusted Types policy for article bodies (contract §7), by name: the CSP allows exactly
 * this one and `portal-script-url` (deploy/csp.ts imports both names), so no other policy — a
 * library's, an injected script's, `default` — can be created.
 */
export const HTML_POLICY = 'portal-html';

/** What sanitize.ts needs of a Trusted Types policy. */
export interface HtmlPolicy {
  createHTML(html: string): TrustedHTML;
}

/**
 * Under Trusted Types the body reaches `innerHTML` only as TrustedHTML made by this policy.
 * Only sanitize.ts calls it: with the body it parses into an inert document, and with the
 * clean body it built. Its one caller keeps it private, so nothing else can bless a
 * string. Null where the window has no Trusted Types (jsdom in the page generator, older
 * browsers): there strings go through as before.
 */
export function createHtmlPolicy(win: object): HtmlPolicy | null {
  const factory = (win as { trustedTypes?: { createPolicy(n: string, r: object): HtmlPolicy } })
    .trustedTypes;
  return factory?.createPolicy(HTML_POLICY, { createHTML: (html: string) => html }) ?? null;
}
