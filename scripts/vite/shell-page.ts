import type { Plugin } from 'vite';
import { stylePolicyMeta } from '../../deploy/csp.ts';

export const NOINDEX = '<meta name="robots" content="noindex" />';

/**
 * `shell.html`: the bare app, which draws no page of its own, for the URLs `build:pages` has
 * no file for (search, widgets, unknown addresses; contract §6) and for the service worker's
 * navigations. It tells crawlers `noindex`. `index.html` stays the same shell until
 * `build:pages` draws home over it, so a build without prerendered pages works as before.
 */
export function shellPage(): Plugin {
  return {
    name: 'portal-shell-page',
    enforce: 'post',
    // Not in `vite dev`, whose style updates are inline <style> elements.
    apply: 'build',
    // The page's own style policy (deploy/csp.ts `stylePolicyMeta`): stylesheet files only.
    // First in the head, before any style it governs; build:pages gives a drawn page the hash
    // of the <style> it inlines.
    transformIndexHtml(html) {
      return html.replace(
        /(<meta charset="[^"]*" \/>)/i,
        (charset) => `${charset}\n    ${stylePolicyMeta()}`,
      );
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const html = String(index.source).replace('</title>', `</title>\n    ${NOINDEX}`);
      this.emitFile({ type: 'asset', fileName: 'shell.html', source: html });
    },
  };
}
