/**
 * The header rules of deploy/headers.ts as nginx `map`s and `add_header` lines (the rest of the
 * server block: deploy/nginx.ts). Maps live at the `http {}` level, shared by every server
 * block there: their variables carry the block's base (`$portal_content_security_policy_root`,
 * `…_portal` for `/portal/`), so that the blocks for `/` and `/portal/` can be included in one
 * nginx and each keeps its own headers (contract §8 v3).
 */
import { normaliseBase } from './base-path.mjs';
import { type HeaderRule, headerNames, REVALIDATE } from './headers.ts';

/** Special characters as one-character classes (`[.]`): no backslashes inside nginx strings. */
const escapeRegExp = (text: string) => {
  if (/[[\]\\^"]/.test(text)) throw new Error(`ký tự không dùng được trong mẫu đường dẫn: ${text}`);
  return text.replace(/[.*+?${}()|]/g, '[$&]');
};

/**
 * A regular expression on nginx's `$request_uri` (the path as requested, query included):
 * `$uri` would not do, since the app's fallback rewrites it to `/shell.html` for every page and
 * a widget would get a portal page's headers (the framing bug of the old docs).
 */
export function requestUriRegex(pattern: string): string {
  const parts = pattern.split(/(\*|:[A-Za-z]+)/);
  let regex = '^';
  for (const part of parts) {
    if (part === '*') regex += '.*';
    else if (part.startsWith(':')) regex += '[^/?%.]+';
    else regex += escapeRegExp(part);
  }
  return pattern.endsWith('*') ? regex.replace(/\.\*$/, '') : `${regex}(?:[?]|$)`;
}

/**
 * The base as part of a variable name: `/` → `root`, `/portal/` → `portal`. Lower-case letters
 * and digits are kept, a `/` between segments is `__` (`/a/b/` → `a__b`), any other character
 * `_` and its hex code (`/tin-tuc/` → `tin_2dtuc`; upper case too: nginx variable names ignore
 * case), so two bases never share a name, `/root/` included.
 */
export function baseName(base: string): string {
  const b = normaliseBase(base);
  if (b === '/') return 'root';
  const name = b
    .slice(1, -1)
    .split('/')
    .map((segment) =>
      segment.replace(/[^a-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16).padStart(2, '0')}`),
    )
    .join('__');
  return name === 'root' ? '_72oot' : name;
}

/** `Cache-Control` at `/portal/` → `$portal_cache_control_portal`. */
export function headerVariable(name: string, base = '/'): string {
  return `$portal_${name.toLowerCase().replace(/-/g, '_')}_${baseName(base)}`;
}

/**
 * Headers whose value for an error (4xx, 5xx) is not the URL's: the not-found page, an old
 * chunk's 404 or a data file's must be asked again, never kept a year as `assets/` are.
 */
const ON_ERROR: Record<string, string> = { 'Cache-Control': REVALIDATE };

/**
 * One `map` per header: the last rule that sets it wins, so rules are listed newest first (a
 * map tries its regular expressions in order). An empty value is not sent by add_header. A
 * header of ON_ERROR has a second map, by status, for URLs of the site (a non-empty value).
 */
export function nginxHeaderMaps(rules: HeaderRule[], base = '/'): string {
  return headerNames(rules)
    .map((name) => {
      const lines = [...rules]
        .reverse()
        .filter((rule) => name in rule.headers)
        .map((rule) => {
          const value = rule.headers[name] ?? '';
          return `    "~${requestUriRegex(rule.path)}" ${JSON.stringify(value)};`;
        });
      const variable = headerVariable(name, base);
      const onError = ON_ERROR[name];
      if (onError === undefined) {
        return `map $request_uri ${variable} {\n    default "";\n${lines.join('\n')}\n}`;
      }
      const byUrl = headerVariable(`${name}-url`, base);
      return `map $request_uri ${byUrl} {\n    default "";\n${lines.join('\n')}\n}
map "$status:${byUrl}" ${variable} {
    default ${byUrl};
    "~^[45][0-9][0-9]:." ${JSON.stringify(onError)};
}`;
    })
    .join('\n');
}

/**
 * The server block's add_header lines, one per header, sent on every answer (`always`: the
 * not-found page and other errors too; an error's caching is ON_ERROR's).
 */
export function nginxAddHeaders(rules: HeaderRule[], base = '/', indent = '    '): string {
  return headerNames(rules)
    .map((name) => `${indent}add_header ${name} ${headerVariable(name, base)} always;`)
    .join('\n');
}
