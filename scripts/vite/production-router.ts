import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** React Router's own production build, beside the development one it exports. */
export const ROUTER_PRODUCTION = fileURLToPath(
  new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

/**
 * Builds the app with React Router's production files. Its package exports only
 * `dist/development` under every condition (remix-run/react-router#14102, open), whose
 * `ENABLE_DEV_WARNINGS = true` keeps route-path warnings and their messages alive in every
 * page's entry: 485 B gzip on each route. The production files differ in that one constant.
 * Only `vite build`: the dev server and the tests keep the warnings.
 */
export function productionRouter(): Plugin {
  return {
    name: 'portal-production-router',
    apply: 'build',
    config() {
      if (!existsSync(ROUTER_PRODUCTION)) {
        // A React Router that has mended its exports (or moved its files): drop this plugin.
        throw new Error(`React Router's production build is not at ${ROUTER_PRODUCTION}`);
      }
      return { resolve: { alias: [{ find: /^react-router$/, replacement: ROUTER_PRODUCTION }] } };
    },
  };
}
