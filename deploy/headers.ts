/**
 * The portal's response headers, in one place (CONTRACT.md §7, §8). Two outputs come from
 * these rules and nothing else:
 *  - `dist/_headers` (Cloudflare Pages / Netlify format), written by the build
 *    (scripts/vite/headers.ts);
 *  - the header maps of `deploy/nginx.conf` (deploy/nginx-headers.ts), checked up to date by a
 *    test.
 *
 * A later rule *replaces* a header an earlier rule set for the same URL (in `_headers` that is
 * `! Name` then the new value, since that format joins repeated headers with `, `). A `null`
 * value removes the header (never sent). Patterns: `*` matches anything; `:name` one path
 * segment, which for nginx must also be plain (no `.`, no `%`: a percent-encoded `..` must
 * never pass for a widget URL and relax its framing).
 */

import { inlineScriptHashes } from '../scripts/vite/inline-script-hashes.ts';
import { PRELOAD_BOOT } from '../scripts/vite/preload-data.ts';
import { widget } from '../src/shared/urls/widget-urls.ts';
import { normaliseBase } from './base-path.mjs';
import { contentSecurityPolicy, type PolicyOptions, parseOrigins } from './csp.ts';

export interface HeaderRule {
  /** Path pattern under the site's base: `/*`, `/embed/:widget`, `/assets/*`. */
  path: string;
  headers: Record<string, string | null>;
}

/**
 * Browser features the portal never uses, switched off for it and for anything it frames (the
 * builder's preview). Only names Chromium knows: an unknown one is logged as an error on every
 * page. Clipboard and Web Share are left at their default (this origin): the copy and share
 * buttons use them.
 */
export const PERMISSIONS_OFF = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/**
 * The one inline script every page of a build carries (index.html's preload boot, the same in
 * shell.html and every prerendered page): its hash, from the same bytes the build emits. The
 * build recomputes hashes from the emitted HTML (scripts/vite/security-headers.ts) and a test
 * checks they agree, so nginx.conf, generated without a build, carries the right one.
 */
export function defaultScriptHashes(): string[] {
  return inlineScriptHashes(`<script>${PRELOAD_BOOT}</script>`);
}

/** The policy options of a site at `base` whose data is at `{base}api/`, unless given. */
function policyOptions(base: string, csp: Partial<PolicyOptions> = {}): PolicyOptions {
  return {
    base,
    apiBase: csp.apiBase ?? `${base}api/`,
    scriptHashes: csp.scriptHashes ?? defaultScriptHashes(),
    imageOrigins: csp.imageOrigins ?? [],
  };
}

/**
 * The data's and the images' hosts of a deployment, from the values the build reads
 * (`VITE_API_BASE`, `VITE_IMAGE_ORIGINS`; `npm run nginx-conf -- --data-from … --images-from …`
 * takes the same), so that `_headers` and nginx.conf carry the same policy. Images may also be
 * `https:` (an export whose images are anywhere), never scripts.
 */
export function deploymentCsp(
  base: string,
  { apiBase, imageOrigins }: { apiBase?: string; imageOrigins?: string },
): Pick<PolicyOptions, 'apiBase' | 'imageOrigins'> {
  return {
    apiBase: apiBase || `${normaliseBase(base)}api/`,
    imageOrigins: parseOrigins(imageOrigins, 'VITE_IMAGE_ORIGINS', ['https:']),
  };
}

/** A year, immutable: files whose names change with their content (Vite's hashed assets). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is asked again every time (304 when unchanged): HTML, data, sw.js, manifest. */
export const REVALIDATE = 'no-cache';

/**
 * `frame-ancestors` sources for the widgets: any site, or only these ward origins
 * (`https://phuong1.example.gov.vn`, `https://*.phuong.example.gov.vn`) when the deployment
 * lists them. The portal itself ('self': the embed builder's preview) is then always allowed.
 */
export function widgetAncestors(wards: readonly string[] = []): string[] {
  const checked = parseOrigins(wards.join(' '), 'wards (VITE_EMBED_ANCESTORS)');
  return checked.length ? ["'self'", ...checked] : ['*'];
}

/**
 * The rules for a site served at `base` (`/` or `/portal/`), in the order they apply: every
 * page gets the portal's policy (contract §7: no framing, Trusted Types, hashes), the widgets
 * (`{base}embed/:widget`, not the builder page `{base}embed`) the same with the wards'
 * framing. No X-Frame-Options anywhere: it cannot name several sites, and a browser that knows
 * it but not frame-ancestors would block the widgets; `frame-ancestors 'none'` protects pages.
 */
export function headerRules(
  base = '/',
  { wards = [], csp }: { wards?: readonly string[]; csp?: Partial<PolicyOptions> } = {},
): HeaderRule[] {
  const b = normaliseBase(base);
  const policy = policyOptions(b, csp);
  return [
    {
      path: `${b}*`,
      headers: {
        'Cache-Control': REVALIDATE,
        'Content-Security-Policy': contentSecurityPolicy(policy, ["'none'"]),
        'Permissions-Policy': PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(', '),
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Content-Type-Options': 'nosniff',
      },
    },
    {
      path: `${b}${widget(':widget').slice(1)}`,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(policy, widgetAncestors(wards)) },
    },
    { path: `${b}assets/*`, headers: { 'Cache-Control': IMMUTABLE } },
  ];
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
