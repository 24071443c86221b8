/**
 * URL checks for data we do not control. Prefix matching is not enough: browsers read `\` as
 * `/` and drop tabs and newlines inside URLs, so `/\evil.example/x` or `/<TAB>/evil.example`
 * look like site paths yet leave the site. Every URL is therefore resolved the way the browser
 * will resolve it (`new URL`) and judged by where it ends up.
 */

// Stands in for "this site" where no page URL exists (the generator runs in Node).
const PLACEHOLDER_SITE = 'https://site.invalid/';
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB = new Set(['http:', 'https:']);
const LINK = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function resolve(raw: string, base: string): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

/** `raw` written as a path on the site (starts with `/`, or `#` when fragments are allowed). */
function isSitePath(raw: string, base: string, allowFragment: boolean): boolean {
  if (!(raw.startsWith('/') || (allowFragment && raw.startsWith('#')))) return false;
  const url = resolve(raw, base);
  return url !== undefined && url.origin === new URL(base).origin;
}

/**
 * An image source: an absolute http(s) URL, or a path that stays on the site.
 * `site` is the page the image will be shown on (defaults to a placeholder origin).
 */
export function isSafeImageUrl(raw: string, site: string = PLACEHOLDER_SITE): boolean {
  const value = raw.trim();
  if (/\s/.test(value)) return false;
  if (HAS_SCHEME.test(value)) {
    const url = resolve(value, site);
    return url !== undefined && WEB.has(url.protocol) && url.host !== '';
  }
  return isSitePath(value, site, false);
}

/** A link target: http(s), mailto, tel, a path on the site, or a fragment of this page. */
export function isSafeLinkUrl(raw: string, site: string = PLACEHOLDER_SITE): boolean {
  const value = raw.trim();
  if (value === '') return false;
  if (HAS_SCHEME.test(value)) {
    const url = resolve(value, site);
    return url !== undefined && LINK.has(url.protocol);
  }
  return isSitePath(value, site, true);
}

/** Whether a link the reader may follow leaves the site (gets `rel="noopener noreferrer"`). */
export function isOffSite(raw: string, site: string): boolean {
  const url = resolve(raw.trim(), site);
  return url === undefined || (WEB.has(url.protocol) && url.origin !== new URL(site).origin);
}
