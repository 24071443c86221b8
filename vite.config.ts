import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { feedLink } from './scripts/vite/feed-link.ts';
import { preloadData } from './scripts/vite/preload-data.ts';
import { pwa } from './scripts/vite/pwa.ts';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    preloadData(),
    feedLink(),
    pwa({ ...loadEnv(mode, process.cwd()), ...process.env }),
  ],
  build: {
    target: 'es2022',
    // Every browser that runs es2022 modules but lacks modulepreload (Safari < 17) still loads
    // each chunk, only later: not worth 0.5 kB gzip on every first load.
    modulePreload: { polyfill: false },
    // Source maps would double what IT staff copy to the server; keep them out of the deploy.
    sourcemap: false,
    // dist/.vite/manifest.json: chunk graph for `npm run check:size` (first-load JS per route).
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'test/unit/**/*.test.{ts,tsx}',
      'scripts/**/*.test.{ts,mjs}',
    ],
    // A reader far from the district: every date must still come out in the site's zone.
    env: { TZ: 'America/Los_Angeles' },
  },
}));
