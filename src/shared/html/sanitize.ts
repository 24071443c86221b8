import DOMPurify from 'dompurify';

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
// http(s), mailto, tel, or a path on this site; nothing else (no javascript:, data:, vbscript:).
const SAFE_URL = /^(?:(?:https?|mailto|tel):|\/(?!\/)|#)/i;
const SAFE_IMAGE = /^(?:https?:\/\/|\/(?!\/))/i;

let hooked = false;

function addHooks() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof Element && node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_URL.test(href.trim())) node.removeAttribute('href');
      else if (/^https?:/i.test(href) && isExternal(href)) {
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (node instanceof Element && node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!SAFE_IMAGE.test(src.trim())) node.remove();
      else {
        node.setAttribute('loading', 'lazy');
        if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      }
    }
  });
}

function isExternal(href: string): boolean {
  try {
    return new URL(href, window.location.href).origin !== window.location.origin;
  } catch {
    return true;
  }
}

export function sanitizeHtml(html: string): string {
  addHooks();
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'loading'],
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
    KEEP_CONTENT: true,
  });
}
