// The React floor: an app that only does `createRoot(…).render(<p>…</p>)`, built with the same
// Vite, @vitejs/plugin-react and `build.target` as the portal. Its first-load JS is the least a
// React 19 page can ship; the portal's routes are reported as a multiple of it.
//
// The project lives in bench-results/react-floor/ (inside the repo) so that `react`,
// `react-dom` and the plugin resolve from the repo's own node_modules.

import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, loadConfigFromFile } from 'vite';
import { log, REPO_ROOT, RESULTS_DIR } from './lib.mjs';

export const FLOOR_DIR = path.join(RESULTS_DIR, 'react-floor');

const HTML = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="React floor" />
    <link rel="icon" href="data:," />
    <title>React floor</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.jsx"></script>
  </body>
</html>
`;

const MAIN = `import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(<p>React floor</p>);
`;

/** Build the floor; returns its dist folder. */
export async function buildReactFloor() {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    path.join(REPO_ROOT, 'vite.config.ts'),
  );
  const target = loaded?.config.build?.target ?? 'es2022';
  await rm(FLOOR_DIR, { recursive: true, force: true });
  await mkdir(FLOOR_DIR, { recursive: true });
  await writeFile(path.join(FLOOR_DIR, 'index.html'), HTML);
  await writeFile(path.join(FLOOR_DIR, 'main.jsx'), MAIN);
  const outDir = path.join(FLOOR_DIR, 'dist');
  log(`building the React floor (target ${target})`);
  await build({
    root: FLOOR_DIR,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { target, outDir, emptyOutDir: true, sourcemap: false, manifest: true },
  });
  return { distDir: outDir, target };
}
