// The `_headers` file (contract §7; the format Cloudflare Pages and Netlify read), dependency-free
// so that the static test server (deploy/serve.mjs, plain node) uses the same code as the
// build and the nginx generator:
//
//   /*                                  ← a path pattern: `*` matches anything, `:name` one segment
//     X-Content-Type-Options: nosniff   ← indented `Name: value` lines
//   /embed/*
//     ! Content-Security-Policy         ← removes the value an earlier rule set
//     Content-Security-Policy: …
//
// Every rule whose pattern matches applies, top to bottom; a header set twice is joined with
// `, `. `#` starts a comment line. Patterns that are not paths (`https://host/*`) never match.

/**
 * @typedef {{ pattern: string, detach: string[], headers: Array<[string, string]> }} HeaderRule
 *   `detach`: names an earlier rule set that this one removes (applied before its own headers).
 */

/** @param {string} text @returns {HeaderRule[]} */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: a header before any path pattern`);
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${i + 1}: expected "Name: value"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {HeaderRule[]} rules @returns {string} */
export function formatHeadersFile(rules) {
  return rules
    .map(({ pattern, detach, headers }) =>
      [
        pattern,
        ...detach.map((name) => `  ! ${name}`),
        ...headers.map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

const cache = new Map();

/** `/embed/*` → /^\/embed\/.*$/: `*` anything (slashes too, or nothing), `:name` one segment. */
function patternRegExp(pattern) {
  let re = cache.get(pattern);
  if (!re) {
    const source = pattern
      .split(/(\*|:[A-Za-z_]\w*)/)
      .map((part, i) => {
        if (i % 2 === 0) return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
        return part === '*' ? '.*' : '[^/]+';
      })
      .join('');
    re = new RegExp(`^${source}$`);
    cache.set(pattern, re);
  }
  return re;
}

/** @param {string} pattern @param {string} pathname */
export function patternMatches(pattern, pathname) {
  return pattern.startsWith('/') && patternRegExp(pattern).test(pathname);
}

/**
 * The headers a response for `pathname` gets, in order, names as first written.
 * @param {HeaderRule[]} rules @param {string} pathname @returns {Array<[string, string]>}
 */
export function headersFor(rules, pathname) {
  /** @type {Map<string, [string, string]>} */
  const out = new Map();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const name of rule.detach) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = out.get(key);
      out.set(key, before ? [before[0], `${before[1]}, ${value}`] : [name, value]);
    }
  }
  return [...out.values()];
}
