/**
 * The portal's Content-Security-Policy (contract §7), as plain data and pure functions: the
 * build (scripts/vite/security-headers.ts) writes it into `dist/_headers`, the docs show it for
 * nginx, and unit tests pin what it may never contain. What each directive protects:
 * docs/security.md.
 */
import { createHash } from 'node:crypto';
import { HTML_POLICY } from '../src/shared/html/html-policy.ts';
import { SCRIPT_URL_POLICY } from '../src/shared/security/script-url.ts';

export interface PolicyOptions {
  /** Vite's base path (`/`, `/portal/`). */
  base: string;
  /** Where the data lives: `VITE_API_BASE` as the build resolved it (a path or a URL). */
  apiBase: string;
  /** `'sha256-…'` of every inline script the build emits, from its bytes. */
  scriptHashes: readonly string[];
  /** Other origins of images in the data (a CDN, the CMS's old host): `VITE_IMAGE_ORIGINS`. */
  imageOrigins?: readonly string[];
}

/** Both policies the app creates; never `default`, which would bless every string. */
export const TRUSTED_TYPES_POLICIES = [HTML_POLICY, SCRIPT_URL_POLICY] as const;

/** What `script-src` may never hold: any of these would let injected markup run. */
export const FORBIDDEN_SCRIPT_SOURCES = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  "'strict-dynamic'",
  '*',
  'data:',
  'blob:',
  'http:',
  'https:',
] as const;

// An origin (`https://host[:port]`, a `*.` sub-domain wildcard allowed) and nothing else: no
// path, quote, `;` or `,` could reach the header through a build variable.
const ORIGIN = /^https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?\/?$/i;

/**
 * A list of origins from a build variable (`VITE_EMBED_ANCESTORS`, `VITE_IMAGE_ORIGINS`),
 * separated by spaces or commas. `extra` are further tokens that variable accepts as is.
 * Throws on anything else, naming it, so a typo fails the build instead of the policy.
 */
export function parseOrigins(
  value: string | undefined,
  variable: string,
  extra: readonly string[] = [],
): string[] {
  const tokens = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const token of tokens) {
    if (!ORIGIN.test(token) && !extra.includes(token)) {
      throw new Error(
        `${variable}: "${token}" is not an origin like https://phuong1.example.gov.vn ` +
          `(scheme and host, optional port, optional *. sub-domain; no path)`,
      );
    }
  }
  return [...new Set(tokens.map((t) => t.replace(/\/$/, '')))];
}

/** The data's origin when it is not this site's (`VITE_API_BASE=https://cdn…/`), else none. */
export function apiOrigins(apiBase: string): string[] {
  return /^https?:\/\//i.test(apiBase) ? [new URL(apiBase).origin] : [];
}

/**
 * The policy for one kind of page: the portal's (`frameAncestors: ["'none'"]`) or the widgets'
 * (any origin, or the wards' list). Everything else is the same.
 */
export function contentSecurityPolicy(
  options: PolicyOptions,
  frameAncestors: readonly string[],
): string {
  const self = "'self'";
  const api = apiOrigins(options.apiBase);
  const directives: Array<[string, readonly string[]]> = [
    ['default-src', [self]],
    // The inline preload script by hash; `'wasm-unsafe-eval'` compiles Pagefind's engine (the
    // search worker), and no `eval` of strings. Pagefind's own module comes from the data.
    ['script-src', [self, ...options.scriptHashes, "'wasm-unsafe-eval'", ...api]],
    // Inline styles pass this header only to meet each page's own policy (`stylePolicyMeta`):
    // every HTML file the build and build:pages write narrows styles to files and the hash of
    // its own <style>, which this header, written once for every build, cannot know.
    ['style-src', [self, "'unsafe-inline'"]],
    ['img-src', [self, ...api, ...(options.imageOrigins ?? [])]],
    ['connect-src', [self, ...api]],
    ['worker-src', [self]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', [self]],
    ['frame-ancestors', frameAncestors],
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', TRUSTED_TYPES_POLICIES],
  ];
  return directives.map(([name, sources]) => [name, ...new Set(sources)].join(' ')).join('; ');
}

/**
 * Each HTML page's own style policy, first in its `<head>`: stylesheet files of this site and
 * the `<style>` blocks whose hashes are given, nothing else (a browser enforces it beside the
 * header's policy; both must allow a style). A prerendered page carries its stylesheets inline
 * so that its text paints with the HTML, without one more round trip (build:pages); the shell
 * has none. The contract (§7) asks for hashes for scripts; for styles this keeps the same rule.
 */
export function stylePolicyMeta(styleHashes: readonly string[] = []): string {
  const sources = ["'self'", ...styleHashes].join(' ');
  return `<meta http-equiv="Content-Security-Policy" content="style-src ${sources}" />`;
}

/** A page's style policy `<meta>`, as `stylePolicyMeta` writes it; its sources the group. */
export const STYLE_POLICY_META =
  /<meta http-equiv="Content-Security-Policy" content="style-src ([^"]*)" \/>/;

/** `'sha256-…'` of an inline `<style>` or `<script>`'s text, as CSP computes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The directives of a policy, by name: for tests and for reading a served header. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}
