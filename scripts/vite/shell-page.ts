import type { Plugin } from 'vite';

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
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const html = String(index.source).replace('</title>', `</title>\n    ${NOINDEX}`);
      this.emitFile({ type: 'asset', fileName: 'shell.html', source: html });
    },
  };
}
