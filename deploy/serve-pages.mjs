// The page side of deploy/serve.mjs (contract §6): what a page URL with no file of its own
// gets, as deploy/nginx.conf answers it and as Cloudflare Pages and Netlify do with the
// build's `_redirects` (deploy/routes.ts, from the route manifest):
//   - a page drawn only in the browser (a `_redirects` rewrite: /search, /embed, /embed/*):
//     the rule's target, the app's shell, with 200;
//   - any other page: `404.html` (the app's not-found page, written by build:pages) with 404;
//   - a build without `404.html` or without `_redirects` (build:pages has not run, or an
//     older build): every page is the shell (`shell.html`, else `index.html`) with 200.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseRedirectsFile, rewriteFor } from './redirects-file.mjs';
import { fileInside, safeSegments } from './serve-files.mjs';

/** The `_redirects` rules of a build folder (none when it has no such file). */
export async function readRedirects(rootDir) {
  return parseRedirectsFile(
    await readFile(path.join(rootDir, '_redirects'), 'utf8').catch(() => ''),
  );
}

/**
 * The file answering page URL `pathname` (under `basePath`) that has no file of its own, and
 * its status; null when the build has no shell at all.
 * @param {{ rootDir: string, basePath: string, redirects: import('./redirects-file.mjs').RedirectRule[] }} site
 * @param {string} pathname
 */
export async function missingPage({ rootDir, basePath, redirects }, pathname) {
  const inRoot = (target) => {
    const segments = target.startsWith(basePath)
      ? safeSegments(target.slice(basePath.length))
      : null;
    return segments ? fileInside(rootDir, segments) : Promise.resolve(null);
  };
  const shell = async () =>
    (await fileInside(rootDir, ['shell.html'])) ?? (await fileInside(rootDir, ['index.html']));
  const rewrite = rewriteFor(redirects, pathname);
  if (rewrite) {
    const found = (await inRoot(rewrite)) ?? (await shell());
    return found && { found, status: 200 };
  }
  const notFound = redirects.length ? await fileInside(rootDir, ['404.html']) : null;
  if (notFound) return { found: notFound, status: 404 };
  const found = await shell();
  return found && { found, status: 200 };
}
