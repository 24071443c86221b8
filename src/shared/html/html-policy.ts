import type { Config } from 'dompurify';

/**
 * The Trusted Types policy for article bodies (contract §7), by name: the CSP allows exactly
 * this one and `portal-script-url` (deploy/csp.ts imports both names), so no other policy — a
 * library's, an injected script's, `default` — can be created.
 */
export const HTML_POLICY = 'portal-html';

export type HtmlPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

/**
 * Under Trusted Types the body reaches `innerHTML` only as TrustedHTML made by this policy.
 * Only DOMPurify calls it, inside `sanitize()`: with the body it parses into an inert document,
 * and with its clean output. Its one caller keeps it private, so nothing else can bless a
 * string. Null where the window has no Trusted Types (jsdom in the page generator, older
 * browsers): there strings go through as before.
 */
export function createHtmlPolicy(win: object): HtmlPolicy | null {
  const factory = (win as { trustedTypes?: { createPolicy(n: string, r: object): HtmlPolicy } })
    .trustedTypes;
  return (
    factory?.createPolicy(HTML_POLICY, {
      createHTML: (html: string) => html,
      // DOMPurify insists on the hook; it is only reached for script URLs, which we never keep.
      createScriptURL: () => {
        throw new TypeError(`${HTML_POLICY} makes no script URLs`);
      },
    }) ?? null
  );
}
