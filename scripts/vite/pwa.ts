import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import * as files from '../../src/shared/urls/data-files.ts';

/** The accent colour of src/app/styles/base.css (`--accent`): the installed app's title bar. */
const THEME_COLOUR = '#0b5394';

/**
 * The installed app's names. The manifest is a static file written at build time, so it takes
 * them from `VITE_SITE_NAME` / `VITE_SITE_SHORT_NAME` when set, else from the site.json the
 * build copies (public/api/site.json) — a deployment feeding other data should set both.
 */
export function siteNames(
  env: Record<string, string | undefined>,
  siteJson = `public/api/${files.site()}`,
) {
  let site: { name?: unknown; shortName?: unknown } = {};
  try {
    site = JSON.parse(readFileSync(siteJson, 'utf8'));
  } catch {
    // no sample data: fall back to the generic names below
  }
  const name = env.VITE_SITE_NAME || (typeof site.name === 'string' ? site.name : 'Cổng thông tin');
  const short =
    env.VITE_SITE_SHORT_NAME || (typeof site.shortName === 'string' ? site.shortName : name);
  return { name, shortName: short };
}

/**
 * Service worker + web app manifest (vite-plugin-pwa 2, Workbox 7, `injectManifest`: our own
 * routing in sw/sw.ts, Workbox fills in the precache list). Registration is not injected: the
 * app loads it after the first paint (src/features/offline), hand-written rather than the
 * plugin's `virtual:pwa-register`, whose workbox-window alone is 1 358 B gzip, more than the
 * whole offline chunk (1 058 B: registration, update prompt, "saved copy" note).
 */
export function pwa(env: Record<string, string | undefined>): Plugin[] {
  const { name, shortName } = siteNames(env);
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'sw',
    filename: 'sw.ts',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    // The icons are in globPatterns already; listing them twice would precache them twice.
    includeManifestIcons: false,
    injectManifest: {
      // The app shell: every page's chunks, so any page opens offline (measured: 40 files,
      // ~180 kB over the wire, fetched once after the first visit's load). Not embed.js (ward
      // sites must always get the current one), not the data or images (saved at run time,
      // bounded — see sw/sw.ts).
      globPatterns: ['shell.html', 'assets/**/*.{js,css}', 'icons/*.{png,svg}'],
    },
    manifest: {
      name,
      short_name: shortName,
      description: 'Tin tức, lịch bài viết và danh bạ đường dây nóng — xem được cả khi mất mạng.',
      lang: 'vi',
      // start_url, scope and id default to Vite's base (`--base /portal/` → /portal/).
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
  });
}
