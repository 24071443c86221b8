import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { codeSplitting } from './scripts/vite/chunks.ts';
import { feedLink } from './scripts/vite/feed-link.ts';
import { headersFilePlugin } from './scripts/vite/headers.ts';
import { preloadData } from './scripts/vite/preload-data.ts';
import { productionRouter } from './scripts/vite/production-router.ts';
import { pwa } from './scripts/vite/pwa.ts';
import { routeModules } from './scripts/vite/route-modules.ts';
import { shellPage } from './scripts/vite/shell-page.ts';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    productionRouter(),
    routeModules(),
    preloadData(),
    feedLink(),
    shellPage(),
    headersFilePlugin(),
    pwa({ ...loadEnv(mode, process.cwd()), ...process.env }),
  ],
  build: {
    target: 'es2022',
    // No run-time preload helper (~0.5 kB gzip in the entry, plus a list of files per route):
    // index.html's inline script preloads the page's route chunks as the HTML arrives, sooner
    // than the helper could (scripts/vite/preload-data.ts). On later in-app navigation a route
    // chunk's own imports are fetched when it arrives; most are in `core`/`page` already.
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting } },
    // Source maps would double what IT staff copy to the server; keep them out of the deploy.
    sourcemap: false,
    // dist/.vite/manifest.json: chunk graph for `npm run check:size` (first-load JS per route).
    manifest: true,
  },
  test: {
    // Vitest defaults to one worker on a 2-CPU machine: say how many, so a loaded CI box and
    // a laptop run the same way.
    maxWorkers: 2,
    // Above RTL's asyncUtilTimeout (test/setup.ts): a missing element fails as such, not as a
    // test timeout.
    testTimeout: 20_000,
    // One worker process, module graph and jsdom per worker instead of per file: starting them
    // again for each file was most of the run (and half of its CPU). Safe because every test
    // renders with a fresh QueryClient and router (test/utils/render-app.tsx), the setup file
    // runs again for each file, Vitest restores mocks between files and `unstubGlobals` undoes
    // vi.stubGlobal after every test, even a failed one. Any other global a test changes, it
    // must put back itself.
    isolate: false,
    unstubGlobals: true,
    setupFiles: ['./test/setup.ts'],
    // A reader far from the district: every date must still come out in the site's zone.
    env: { TZ: 'America/Los_Angeles' },
    projects: [
      {
        // Pure logic (schemas, dates, the generator): no DOM to build, so no jsdom start-up cost.
        // A .test.ts that needs a DOM says so with a `// @vitest-environment jsdom` first line.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'mocks/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'scripts/**/*.test.{ts,mjs}',
            'deploy/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/unit/**/*.test.tsx'],
        },
      },
    ],
  },
}));
