/**
 * The Trusted Types policies the app creates, by name. The Content-Security-Policy
 * (deploy/headers.ts) allows exactly these (`trusted-types portal-html portal-script-url`, no
 * `default`), so a third policy — a library's, or an injected script's — cannot be created.
 * Plain constants: the header generator imports them too.
 */
/** Sanitised article bodies (src/shared/html/sanitize.ts), through DOMPurify. */
export const HTML_POLICY = 'portal-html';
/** The app's own script files: the service worker, the search worker (script-url.ts). */
export const SCRIPT_URL_POLICY = 'portal-script-url';
