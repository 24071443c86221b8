/**
 * The portal's response headers, in one place (CONTRACT.md §7, §8). Two outputs come from
 * these rules and nothing else:
 *  - `dist/_headers` (Cloudflare Pages / Netlify format), written by the build
 *    (scripts/vite/headers.ts);
 *  - the header maps of `deploy/nginx.conf` (deploy/nginx.ts), checked up to date by a test.
 *
 * A later rule *replaces* a header an earlier rule set for the same URL (in `_headers` that is
 * `! Name` then the new value, since that format joins repeated headers with `, `). A `null`
 * value removes the header (never sent). Patterns: `*` matches anything; `:name` one path
 * segment, which for nginx must also be plain (no `.`, no `%`: a percent-encoded `..` must
 * never pass for a widget URL and relax its framing).
 */

export interface HeaderRule {
  /** Path pattern under the site's base: `/*`, `/embed/:widget`, `/assets/*`. */
  path: string;
  headers: Record<string, string | null>;
}

/**
 * Content-Security-Policy. Only framing for now (§7's full policy, with Trusted Types, comes
 * with its own task and goes here): portal pages may be framed by the portal itself (the
 * embed builder's preview), widgets by any site — a ward's — or by the list of ward origins a
 * deployment gives (`widgetCsp`).
 */
export const PAGE_CSP = "frame-ancestors 'self'";
export const WIDGET_CSP = 'frame-ancestors *';

/** A year, immutable: files whose names change with their content (Vite's hashed assets). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is asked again every time (304 when unchanged): HTML, data, sw.js, manifest. */
export const REVALIDATE = 'no-cache';

/**
 * `frame-ancestors` for the widgets: any site, or only these ward origins
 * (`https://phuong1.example.gov.vn`, `https://*.phuong.example.gov.vn`) when the deployment
 * lists them. The portal itself ('self': the embed builder's preview) is always allowed.
 */
export function widgetCsp(wards: readonly string[] = []): string {
  for (const origin of wards) {
    if (!/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(origin)) {
      throw new Error(
        `"${origin}" không phải địa chỉ gốc của một website (như https://phuong1.example.gov.vn)`,
      );
    }
  }
  return wards.length ? `frame-ancestors 'self' ${wards.join(' ')}` : WIDGET_CSP;
}

/** The rules for a site served at `base` (`/` or `/portal/`), in the order they apply. */
export function headerRules(
  base = '/',
  { wards = [] }: { wards?: readonly string[] } = {},
): HeaderRule[] {
  const b = normaliseBase(base);
  return [
    {
      path: `${b}*`,
      headers: {
        'Cache-Control': REVALIDATE,
        'Content-Security-Policy': PAGE_CSP,
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Content-Type-Options': 'nosniff',
      },
    },
    // The widgets: a ward's page frames them. No X-Frame-Options anywhere: it cannot name
    // several sites, and a browser that knows it but not frame-ancestors would block them.
    { path: `${b}embed/:widget`, headers: { 'Content-Security-Policy': widgetCsp(wards) } },
    { path: `${b}assets/*`, headers: { 'Cache-Control': IMMUTABLE } },
  ];
}

export function normaliseBase(base: string): string {
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(base.endsWith('/') ? base : `${base}/`)) {
    throw new Error(`base phải là một đường dẫn như / hoặc /portal/ (nhận "${base}")`);
  }
  return base.endsWith('/') ? base : `${base}/`;
}

/** Every header name the rules mention, sorted. */
export function headerNames(rules: HeaderRule[]): string[] {
  return [...new Set(rules.flatMap((rule) => Object.keys(rule.headers)))].sort();
}

/** The `_headers` file: each rule's pattern, then `! Name` for what it replaces, then values. */
export function headersFile(rules: HeaderRule[]): string {
  const seen = new Set<string>();
  const blocks = rules.map((rule) => {
    const lines = [rule.path];
    for (const [name, value] of Object.entries(rule.headers)) {
      if (seen.has(name)) lines.push(`  ! ${name}`);
      if (value !== null) lines.push(`  ${name}: ${value}`);
      seen.add(name);
    }
    return lines.join('\n');
  });
  return `# Generated from deploy/headers.ts: edit the rules there.\n${blocks.join('\n\n')}\n`;
}

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

/** The nginx variable holding a header's value: `Cache-Control` → `$portal_cache_control`. */
export function headerVariable(name: string): string {
  return `$portal_${name.toLowerCase().replace(/-/g, '_')}`;
}

/**
 * One `map` per header: the last rule that sets it wins, so rules are listed newest first (a
 * map tries its regular expressions in order). An empty value is not sent by add_header.
 */
export function nginxHeaderMaps(rules: HeaderRule[]): string {
  return headerNames(rules)
    .map((name) => {
      const lines = [...rules]
        .reverse()
        .filter((rule) => name in rule.headers)
        .map((rule) => {
          const value = rule.headers[name] ?? '';
          return `    "~${requestUriRegex(rule.path)}" ${JSON.stringify(value)};`;
        });
      return `map $request_uri ${headerVariable(name)} {\n    default "";\n${lines.join('\n')}\n}`;
    })
    .join('\n');
}

/**
 * The server block's add_header lines, one per header. The security headers go on every
 * answer (`always`: 404s too); caching only on successful ones, so that a chunk missing for a
 * moment is never remembered as missing for a year.
 */
export function nginxAddHeaders(rules: HeaderRule[], indent = '    '): string {
  return headerNames(rules)
    .map((name) => {
      const always = name === 'Cache-Control' ? '' : ' always';
      return `${indent}add_header ${name} ${headerVariable(name)}${always};`;
    })
    .join('\n');
}
