// First-load JS per route, from Vite's build manifest (dist/.vite/manifest.json), no browser.
//
// A route's first load = the entry (`index.html`) + its static `imports` closure + the route
// module's chunk (a `dynamicImports` target, whatever router API loads it) + that chunk's static
// `imports` closure. Dynamic imports inside those chunks (the calendar popup, …) are NOT part of
// the first load: they arrive on interaction. Shared by `npm run check:size` and `npm run bench`.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { LAYOUTS, ROUTES as MANIFEST_ROUTES } from '../../src/app/route-manifest.ts';

/**
 * The routes with a first-load budget, from the route manifest: `url` is a sample URL of that
 * route (used by the browser measurement), `module` its page module, `layout` the widgets' own
 * lazily loaded layout, which is part of their first load.
 */
export const budgetedRoutes = (manifest = MANIFEST_ROUTES) =>
  manifest
    .filter((r) => r.budget)
    .map((r) => ({
      name: r.id,
      url: r.sample,
      module: `src/app/routes/${r.module}.tsx`,
      budget: r.budget,
      ...(LAYOUTS[r.layout].lazy ? { layout: `src/app/${LAYOUTS[r.layout].module}.tsx` } : {}),
    }));
export const ROUTES = budgetedRoutes();

/** gzip level 9, as every size figure in this project is measured. */
export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;
}

export async function readManifest(distDir) {
  const file = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: build with \`build.manifest: true\` (vite.config.ts) first.`,
    );
  }
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Manifest key of the HTML entry (`index.html` for this app). */
export function entryKey(manifest) {
  if (manifest['index.html']?.isEntry) return 'index.html';
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);
  return entries[0];
}

/** Keys reachable from `keys` through static `imports` (cycles are fine). */
export function staticClosure(manifest, keys, into = new Set()) {
  const stack = [...keys];
  while (stack.length > 0) {
    const key = stack.pop();
    if (into.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk "${key}"`);
    into.add(key);
    for (const imported of chunk.imports ?? []) stack.push(imported);
  }
  return into;
}

/**
 * JS files (relative to dist) loaded on first visit of a route whose module is `moduleSrc`,
 * or null when the manifest has no chunk for that module.
 */
export function firstLoadFiles(manifest, moduleSrc) {
  const routeChunk = manifest[moduleSrc];
  if (!routeChunk) return null;
  const keys = staticClosure(manifest, [entryKey(manifest)]);
  staticClosure(manifest, [moduleSrc], keys);
  return [
    ...new Set([...keys].map((k) => manifest[k].file).filter((f) => /\.m?js$/.test(f))),
  ].sort();
}

/**
 * @returns {Promise<Array<{ name, url, module, files?: string[], bytes?: number, gzip?: number,
 *   note?: string }>>}
 */
export async function manifestFirstLoad(distDir, { repoRoot, routes = ROUTES } = {}) {
  const manifest = await readManifest(distDir);
  const cache = new Map();
  const sizeOf = async (file) => {
    if (!cache.has(file)) {
      const buffer = await readFile(path.join(distDir, file));
      cache.set(file, { bytes: buffer.length, gzip: gzipBytes(buffer) });
    }
    return cache.get(file);
  };
  const out = [];
  for (const route of routes) {
    if (repoRoot && !existsSync(path.join(repoRoot, route.module))) {
      out.push({ ...route, note: `${route.module} does not exist: skipped` });
      continue;
    }
    const own = firstLoadFiles(manifest, route.module);
    const layout = route.layout ? firstLoadFiles(manifest, route.layout) : [];
    if (!own || !layout) {
      const missing = own ? route.layout : route.module;
      out.push({ ...route, note: `no chunk for ${missing} in the manifest: skipped` });
      continue;
    }
    const files = [...new Set([...own, ...layout])];
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const size = await sizeOf(file);
      bytes += size.bytes;
      gzip += size.gzip;
    }
    out.push({ ...route, files, bytes, gzip });
  }
  return out;
}
