/**
 * The one source of the portal's security headers (contract §7). The build writes them as
 * `dist/_headers` (Cloudflare Pages, Netlify; the test server reads the same file), and
 * `toNginx` gives the same headers as nginx `location` blocks. Pure: the build's settings in,
 * text out.
 */

import { contentSecurityPolicy, type PolicyOptions } from './csp.ts';
import { formatHeadersFile, type HeaderRule, headersFor } from './headers-file.mjs';

export type { HeaderRule } from './headers-file.mjs';

export interface HeaderOptions extends PolicyOptions {
  /** Ward sites that may frame the widgets (`VITE_EMBED_ANCESTORS`); empty: any site. */
  embedAncestors?: readonly string[];
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

/** `/portal` or `/portal/` → `/portal/`. */
function basePath(base: string): string {
  const path = base.startsWith('/') ? base : `/${base}`;
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Two rules: every URL gets the portal's headers; the widgets (`{base}embed/*`, not the
 * builder page `{base}embed`) swap in a policy that lets the wards frame them and drop
 * `X-Frame-Options`, which cannot name several sites and would win in browsers that know it.
 */
export function securityRules(options: HeaderOptions): HeaderRule[] {
  const base = basePath(options.base);
  const wards = options.embedAncestors?.length ? ["'self'", ...options.embedAncestors] : ['*'];
  return [
    {
      pattern: `${base}*`,
      detach: [],
      headers: [
        ['Content-Security-Policy', contentSecurityPolicy(options, ["'none'"])],
        ['X-Frame-Options', 'DENY'],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(', ')],
      ],
    },
    {
      pattern: `${base}embed/*`,
      detach: ['Content-Security-Policy', 'X-Frame-Options'],
      headers: [['Content-Security-Policy', contentSecurityPolicy(options, wards)]],
    },
  ];
}

/** `dist/_headers`: a comment saying where it comes from, then the rules. */
export function toHeadersFile(rules: readonly HeaderRule[]): string {
  return `# Security headers (contract §7), written by the build from deploy/headers.ts.\n${formatHeadersFile(rules)}`;
}

/**
 * The same headers for nginx: one `location` per rule with every header that applies there
 * (nginx does not merge `add_header` across locations, so each block lists them all), `always`
 * so that error pages get them too. Only `/prefix/*` patterns have an nginx equivalent.
 */
export function toNginx(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ pattern }) => {
    if (!/^\/[^*:]*\*$/.test(pattern)) {
      throw new Error(`toNginx: "${pattern}" is not a /prefix/* pattern`);
    }
    const prefix = pattern.slice(0, -1);
    const lines = headersFor(rules, prefix).map(([name, value]) => {
      if (/["$\\\n]/.test(value)) throw new Error(`toNginx: ${name} cannot be quoted for nginx`);
      return `    add_header ${name} "${value}" always;`;
    });
    return `location ${prefix} {\n${lines.join('\n')}\n}`;
  });
  const intro = [
    '# Security headers (contract §7), from deploy/headers.ts. nginx does not merge add_header',
    '# across levels: a location nested in these, or with an add_header of its own, repeats them.',
  ];
  return `${intro.join('\n')}\n${blocks.join('\n\n')}\n`;
}
