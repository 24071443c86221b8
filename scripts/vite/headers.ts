import type { Plugin } from 'vite';
import { parseOrigins } from '../../deploy/csp.ts';
import { deploymentCsp, headerRules, headersFile } from '../../deploy/headers.ts';
import { redirectsFile } from '../../deploy/routes.ts';
import { inlineScriptHashes } from './inline-script-hashes.ts';

/** The path the build is served under: Vite's base, or its path when it is a full URL. */
export function basePath(base: string): string {
  if (base.startsWith('/')) return base;
  // './' (a relative build) can be served anywhere: the rules then assume the root.
  return /^https?:\/\//.test(base) ? new URL(base).pathname : '/';
}

/**
 * Who may frame the widgets: `VITE_EMBED_ANCESTORS="https://p1.gov.vn https://*.phuong.gov.vn"`
 * (`WARD_ORIGINS` is read too, as the deploy docs first named it). Empty: any site.
 */
export function wardOrigins(env: Record<string, string | undefined>): string[] {
  const listed = [env.VITE_EMBED_ANCESTORS, env.WARD_ORIGINS].filter(Boolean).join(' ');
  return parseOrigins(listed, 'VITE_EMBED_ANCESTORS');
}

/**
 * Writes `dist/_headers` (contract §7) and `dist/_redirects` (§6) from deploy/headers.ts, the rules deploy/nginx.conf is
 * generated from too, once the HTML is final: the hashes are those of the inline scripts in
 * the emitted index.html and shell.html (build:pages keeps the same script in every page), so
 * the policy and the pages cannot disagree. The data's origin (`VITE_API_BASE`), image hosts
 * (`VITE_IMAGE_ORIGINS`) and the wards come from the build's variables; a malformed origin
 * fails the build at its start.
 */
export function headersFilePlugin(): Plugin {
  let base = '/';
  let env: Record<string, string | undefined> = {};
  const options = (scriptHashes: string[]) => ({
    wards: wardOrigins(env),
    csp: {
      ...deploymentCsp(base, { apiBase: env.VITE_API_BASE, imageOrigins: env.VITE_IMAGE_ORIGINS }),
      scriptHashes,
    },
  });
  return {
    name: 'portal-headers-file',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = basePath(config.base);
      env = { ...config.env, ...process.env };
      headerRules(base, options([]));
    },
    generateBundle(_options, bundle) {
      const hashes = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html =
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        for (const hash of inlineScriptHashes(html)) hashes.add(hash);
      }
      const rules = headerRules(base, options([...hashes].sort()));
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(rules) });
      // Pages drawn only in the browser get the shell; every other address without a file the
      // host's 404.html (contract §6 v3; docs/deploying.md, "Other hosts").
      this.emitFile({ type: 'asset', fileName: '_redirects', source: redirectsFile(base) });
    },
  };
}
