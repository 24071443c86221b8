import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The base path an app build was made for (`vite build --base /portal/` → `/portal/`), from
 * its web app manifest's `scope`, else from where index.html loads its entry script; null
 * when neither tells (a build made with a relative or full-URL base: nothing to compare).
 */
export async function appBase(dist: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dist, 'manifest.webmanifest'), 'utf8'));
    if (typeof manifest.scope === 'string' && manifest.scope.startsWith('/')) return manifest.scope;
  } catch {
    // no manifest, or not JSON: try index.html
  }
  const html = await readFile(path.join(dist, 'index.html'), 'utf8').catch(() => '');
  const entry = html.match(/<script[^>]+src="(\/[^"]*?)assets\/[^"]+\.js"/);
  return entry?.[1] ?? null;
}
