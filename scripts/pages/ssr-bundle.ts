import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type * as ServerApp from '../../src/entry-server.tsx';
import { routeModules } from '../vite/route-modules.ts';

export type { ServerApp };

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The app's server bundle (`src/entry-server.tsx`), built for the same base path and data
 * location as the client build in DIST so that links and addresses match what the browser
 * will draw. Built into node_modules/.cache (dependencies resolve from the project), a few
 * seconds; `build:pages` needs the project's sources for it, as `build:search` needs Pagefind.
 */
const bundles = new Set<string>();
/** Every bundle this process built goes when it ends, however the run went. */
function removeOnExit(dir: string) {
  if (bundles.size === 0) {
    process.once('exit', () => {
      for (const bundle of bundles) rmSync(bundle, { recursive: true, force: true });
    });
  }
  bundles.add(dir);
}

export async function buildServerApp(options: { base: string; api: string }): Promise<{
  /** The bundle's entry file, for `import()` (in any worker). */
  entry: string;
  /** Changes whenever the bundle's code does: part of every page's inputs. */
  hash: string;
}> {
  const key = createHash('sha256').update(`${options.base}\n${options.api}`).digest('hex');
  // A folder of this run's own: two runs at once (two portals, a publish beside a build:pages)
  // would otherwise empty and rewrite each other's bundle while their children import it.
  const cache = path.join(REPO_ROOT, 'node_modules', '.cache', 'portal-pages');
  await mkdir(cache, { recursive: true });
  const outDir = await mkdtemp(path.join(cache, `${key.slice(0, 12)}-`));
  removeOnExit(outDir);
  const saved = process.env.VITE_API_BASE;
  const savedEnv = process.env.NODE_ENV;
  process.env.VITE_API_BASE = options.api;
  // Vite keeps a NODE_ENV it finds (Vitest sets `test`): the bundle would then use React's
  // development JSX, which the drawing processes (production React) do not have.
  process.env.NODE_ENV = 'production';
  let output: Awaited<ReturnType<typeof build>>;
  try {
    output = await build({
      configFile: false,
      root: REPO_ROOT,
      base: options.base,
      mode: 'production',
      logLevel: 'warn',
      plugins: [react(), routeModules()],
      build: {
        ssr: 'src/entry-server.tsx',
        outDir,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        write: true,
      },
    });
  } finally {
    if (saved === undefined) delete process.env.VITE_API_BASE;
    else process.env.VITE_API_BASE = saved;
    if (savedEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = savedEnv;
  }
  const code = createHash('sha256');
  for (const out of Array.isArray(output) ? output : [output]) {
    if (!('output' in out)) continue;
    for (const chunk of [...out.output].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
      code
        .update(chunk.fileName)
        .update(chunk.type === 'chunk' ? chunk.code : String(chunk.source));
    }
  }
  return {
    entry: pathToFileURL(path.join(outDir, 'entry-server.js')).href,
    hash: code.digest('hex'),
  };
}

export async function importServerApp(entry: string): Promise<typeof ServerApp> {
  return (await import(entry)) as typeof ServerApp;
}
