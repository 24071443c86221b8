// Helpers for the service-worker specs (offline.test.mjs, update.test.mjs). A service worker
// belongs to an origin, so these specs stop and restart their server on the *same* port.

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '../../deploy/serve.mjs';
import { REPO_ROOT, waitUntil } from './harness.mjs';

/** `vite build` into `outDir` (relative to the repo), with extra CLI arguments. */
export async function viteBuild(outDir, args = []) {
  await promisify(execFile)(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...args],
    { cwd: REPO_ROOT, timeout: 180_000 },
  );
}

/** A server that can be stopped and started again on the same port, with other files. */
export async function restartableServer(options) {
  let current = await startServer({ ...options, port: 0 });
  const { port, url } = current;
  return {
    url,
    port,
    async stop() {
      await current?.close();
      current = null;
    },
    async start(more = {}) {
      current = await startServer({ ...options, ...more, port });
    },
  };
}

/**
 * Until a service worker controls the page and each of `files` (URLs) is saved in its caches.
 */
export async function waitForServiceWorker(page, files = []) {
  await waitUntil(
    () =>
      page.evaluate(async (urls) => {
        if (!navigator.serviceWorker.controller) return false;
        for (const url of urls) if (!(await caches.match(url))) return false;
        return true;
      }, files),
    { timeout: 15_000, message: `no service worker in control, or not saved: ${files.join(' ')}` },
  );
}
