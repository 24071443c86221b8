import type { Plugin } from 'vite';
import { headerRules, headersFile } from '../../deploy/headers.ts';

/** The path the build is served under: Vite's base, or its path when it is a full URL. */
export function basePath(base: string): string {
  if (base.startsWith('/')) return base;
  // './' (a relative build) can be served anywhere: the rules then assume the root.
  return /^https?:\/\//.test(base) ? new URL(base).pathname : '/';
}

/** `WARD_ORIGINS="https://p1.gov.vn https://*.phuong.gov.vn"`: who may frame the widgets. */
export function wardOrigins(env: Record<string, string | undefined>): string[] {
  return env.WARD_ORIGINS?.split(/\s+/).filter(Boolean) ?? [];
}

/**
 * Writes `dist/_headers` (CONTRACT.md §7) from deploy/headers.ts, the rules deploy/nginx.conf
 * is generated from too, with the build's base path in its patterns and, when the build is
 * given WARD_ORIGINS, only those ward sites allowed to frame the widgets. Hosts that read the file
 * (Cloudflare Pages, Netlify) apply it; `npm run publish` leaves it out of the web root.
 */
export function headersFilePlugin(): Plugin {
  let base = '/';
  return {
    name: 'portal-headers-file',
    apply: 'build',
    configResolved(config) {
      base = basePath(config.base);
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile(headerRules(base)),
      });
    },
  };
}
