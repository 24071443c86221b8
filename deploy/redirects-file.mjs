// The `_redirects` file (Cloudflare Pages, Netlify), as the build writes it from the route
// manifest (deploy/routes.ts): `/search /shell.html 200` — a path pattern (`*` anything,
// `:name` one segment), its target, a status. deploy/serve.mjs answers like those hosts: a
// URL without a file that a 200 rule matches gets the rule's target with 200, any other the
// site's 404.html with 404. Dependency-free, like headers-file.mjs, for plain node.

import { patternMatches } from './headers-file.mjs';

/**
 * @typedef {{ from: string, to: string, status: number }} RedirectRule
 */

/** @param {string} text @returns {RedirectRule[]} */
export function parseRedirectsFile(text) {
  /** @type {RedirectRule[]} */
  const rules = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [from, to, status = '301', ...rest] = line.split(/\s+/);
    if (!from || !to || rest.length || !/^\d{3}!?$/.test(status)) {
      throw new Error(`_redirects line ${i + 1}: expected "from to [status]"`);
    }
    rules.push({ from, to, status: Number.parseInt(status, 10) });
  }
  return rules;
}

/**
 * The target of the first rewrite (a 200 rule) matching `pathname`, a trailing slash allowed
 * (`/search/` is `/search`), or null. Other statuses are not used by the portal's file.
 * @param {RedirectRule[]} rules @param {string} pathname @returns {string | null}
 */
export function rewriteFor(rules, pathname) {
  const bare = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const rule = rules.find(
    (r) => r.status === 200 && (patternMatches(r.from, pathname) || patternMatches(r.from, bare)),
  );
  return rule ? rule.to : null;
}
