import createDOMPurify, {
  type Config,
  type DOMPurify as Purifier,
  type WindowLike,
} from 'dompurify';
import { isOffSite, isSafeImageUrl, isSafeLinkUrl } from '../lib/safe-url';
import { createHtmlPolicy, type HtmlPolicy } from './html-policy';
import { linkContacts } from './link-contacts';

/**
 * Article bodies come from a CMS export we do not control. Allow-list only what an article
 * needs; everything else (script, iframe, form, style, event handlers, javascript: URLs) goes.
 */
const ALLOWED_TAGS = [
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
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'colspan',
  'rowspan',
  'scope',
  'width',
  'height',
];
// A coarse first filter for DOMPurify: http(s), mailto, tel, a path or a fragment. The hook
// below then resolves each URL (safe-url.ts), which is what catches `/\host` and friends.
const SAFE_URL = /^(?:(?:https?|mailto|tel):|\/|#)/i;

let purifier: Purifier | undefined;
let purifierWindow: (WindowLike & { location: Location }) | undefined;
let policy: HtmlPolicy | null = null;

/**
 * The page generator has no browser window: it lends one (jsdom's) whose address is the
 * site's, so that bodies are sanitised there exactly as in the browser.
 */
export function setPurifierWindow(window: WindowLike & { location: Location }) {
  purifierWindow = window;
  purifier = undefined;
}

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const win = purifierWindow ?? window;
  const made = createDOMPurify(win);
  policy = createHtmlPolicy(win);
  // Phone numbers and addresses in the text become tel:/mailto: links (link-contacts.ts).
  made.addHook('afterSanitizeElements', linkContacts);
  made.addHook('afterSanitizeAttributes', (node) => {
    const tag = (node as Element).tagName;
    const site = win.location.href;
    if (tag === 'A') {
      const link = node as Element;
      const href = link.getAttribute('href') ?? '';
      if (!isSafeLinkUrl(href, site)) link.removeAttribute('href');
      else if (isOffSite(href, site)) link.setAttribute('rel', 'noopener noreferrer');
    }
    if (tag === 'IMG') {
      const image = node as Element;
      const src = image.getAttribute('src') ?? '';
      if (!isSafeImageUrl(src, site)) image.remove();
      else {
        image.setAttribute('loading', 'lazy');
        if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
      }
    }
  });
  purifier = made;
  return made;
}

/**
 * Tags that hide what follows them when left open: inside `<math>`/`<svg>` most HTML is parsed
 * as foreign elements, `<noscript>`, `<xmp>`, `<plaintext>`… hold raw text or content we drop.
 * An unclosed one in a hostile body used to take every later paragraph with it. Only the tags
 * go, so their content is parsed as ordinary HTML and sanitised like the rest.
 */
const SWALLOWING_TAGS = /<\/?(?:math|svg|noscript|noembed|noframes|xmp|plaintext)\b[^>]*>/gi;

// Chromium checks the page's CSP while it *parses* markup, even into DOMPurify's inert document:
// a `style` or `on…` attribute, a <style> or a <base> in a body is reported as a violation
// though nothing would ever run or apply (DOMPurify removes them all). Legacy CMS bodies are
// full of `style="…"`, so before parsing, <style>/<base> go and those attributes are renamed
// `x-…`, which the allow-list drops like any unknown attribute. Best effort on purpose: one it
// misses is still removed by DOMPurify, it only costs a report.
const STYLE_OR_BASE = /<style\b[\s\S]*?<\/style\s*>|<base\b[^>]*>/gi;
// A tag up to its first `>` outside quotes. A quoted value may not hold `<`: an odd quote then
// fails the match (that tag is left as is) rather than run on into the text after the tag.
const TAG = /<[a-z][^\s/>]*(?:"[^"<]*"|'[^'<]*'|[^"'>])*>/gi;
const QUOTED = /("[^"<]*"|'[^'<]*')/;
const INLINE_ATTR = /(^|[\s/])(on[a-z]|style\b)/gi;

/** The body, prepared for parsing: see above. */
function defuse(html: string): string {
  return html
    .replace(SWALLOWING_TAGS, '')
    .replace(STYLE_OR_BASE, '')
    .replace(TAG, (tag) =>
      tag
        .split(QUOTED)
        .map((part, i) => (i % 2 ? part : part.replace(INLINE_ATTR, '$1x-$2')))
        .join(''),
    );
}

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'loading'],
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  KEEP_CONTENT: true,
};

/** The body as a sanitised string (tests, the page generator's server rendering). */
export function sanitizeHtml(html: string): string {
  const made = getPurifier();
  // Ours or none: null also stops DOMPurify making its own `dompurify` policy, which the CSP
  // does not allow.
  return made.sanitize(defuse(html), {
    ...CONFIG,
    TRUSTED_TYPES_POLICY: policy,
  });
}

/**
 * The body for `dangerouslySetInnerHTML`: TrustedHTML under Trusted Types (React 19 sets it
 * as is), the same string as `sanitizeHtml` elsewhere.
 */
export function sanitizeTrustedHtml(html: string): string | TrustedHTML {
  const made = getPurifier();
  return made.sanitize(defuse(html), {
    ...CONFIG,
    TRUSTED_TYPES_POLICY: policy,
    RETURN_TRUSTED_TYPE: true,
  });
}
