// The site's base path, one rule for every tool that takes one (the servers, the header and
// nginx writers): plain JS, so that deploy/serve.mjs runs it without a build.

/**
 * `/portal`, `portal/` or `/portal/` → `/portal/`; empty → `/`. Anything but plain path
 * segments (`..`, `?`, spaces, …) is refused: it would end up in headers and nginx locations.
 * @param {string | undefined} base
 * @returns {string}
 */
export function normaliseBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(b) || /\/\.\.?\//.test(b)) {
    throw new Error(`base phải là một đường dẫn như / hoặc /portal/ (nhận "${base}")`);
  }
  return b;
}
