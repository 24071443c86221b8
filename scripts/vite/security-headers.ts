import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { parseOrigins } from '../../deploy/csp.ts';
import { type HeaderOptions, securityRules, toHeadersFile } from '../../deploy/headers.ts';

// Data blocks the browser never runs (the preload table, a prerendered page's state, JSON-LD):
// they need no hash. Any other inline <script>, classic or module, does.
const DATA_TYPES = /^(?:application\/json|application\/ld\+json)$/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * `'sha256-…'` of every inline script in `html` that the browser would run, from its bytes as
 * the browser hashes them: the element's text, UTF-8, with the parser's CRLF → LF.
 */
export function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (type && DATA_TYPES.test(type)) continue;
    const digest = createHash('sha256').update(body.replace(/\r\n?/g, '\n'), 'utf8');
    out.add(`'sha256-${digest.digest('base64')}'`);
  }
  return [...out];
}

/** The header settings a build's configuration and `VITE_*` variables ask for. */
export function headerOptions(
  base: string,
  env: Record<string, string | undefined>,
  scriptHashes: readonly string[],
): HeaderOptions {
  return {
    base,
    apiBase: env.VITE_API_BASE || `${base}api/`,
    scriptHashes,
    embedAncestors: parseOrigins(env.VITE_EMBED_ANCESTORS, 'VITE_EMBED_ANCESTORS'),
    // `https:` is accepted for images (not for scripts): an export whose images are anywhere.
    imageOrigins: parseOrigins(env.VITE_IMAGE_ORIGINS, 'VITE_IMAGE_ORIGINS', ['https:']),
  };
}

/**
 * Writes `dist/_headers` (contract §7) once the HTML is final: the hashes are those of the
 * inline scripts in the emitted index.html and shell.html (build:pages keeps the same script in
 * every page it draws), so the policy and the pages cannot disagree. Runs after `shellPage`.
 */
export function securityHeaders(): Plugin {
  let base = '/';
  let env: Record<string, string | undefined> = {};
  return {
    name: 'portal-security-headers',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      env = config.env;
      // Fail at the start of the build, not after it, on a malformed origin list.
      headerOptions(base, env, []);
    },
    generateBundle(_options, bundle) {
      const hashes = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html =
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        for (const hash of inlineScriptHashes(html)) hashes.add(hash);
      }
      const rules = securityRules(headerOptions(base, env, [...hashes].sort()));
      this.emitFile({ type: 'asset', fileName: '_headers', source: toHeadersFile(rules) });
    },
  };
}
