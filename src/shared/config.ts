/**
 * Where the contract's JSON files live. Default: `api/` under the app's base URL, so a build
 * made with `--base /portal/` reads `/portal/api/…`. `VITE_API_BASE` overrides it at build time
 * (absolute URL or root-relative path).
 */
export const API_BASE = withSlash(
  import.meta.env.VITE_API_BASE || `${import.meta.env.BASE_URL}api/`,
);

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Absolute URL of a contract file (absolute so that it also works outside a browser page). */
export function apiUrl(path: string): string {
  return new URL(`${API_BASE}${path}`, globalThis.location?.href ?? 'http://localhost/').href;
}
