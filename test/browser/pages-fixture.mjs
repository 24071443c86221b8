// A build with prerendered pages (contract §6), for the specs about them: dist/ copied into
// test-results/, then `build:pages` over the browser fixture (or a data folder a spec makes).
// dist/ itself stays the bare SPA, which the other specs exercise.

import { execFile } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './harness.mjs';

export const SITE_URL = 'https://quan1.example.gov.vn/';

/**
 * @param {string} apiDir data folder the pages are drawn from (and served as /api/)
 * @param {string} name folder under test-results/
 * @returns {Promise<{ root: string, output: string }>} `root` relative to the repo, for browserSuite
 */
export async function prerenderedBuild(apiDir, name = 'prerendered') {
  const root = path.join('test-results', name);
  const dir = path.join(REPO_ROOT, root);
  await rm(dir, { recursive: true, force: true });
  await cp(path.join(REPO_ROOT, 'dist'), dir, { recursive: true });
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const args = ['scripts/build-pages.ts', '--dist', root, '--api', apiDir, '--site-url', SITE_URL];
  const { stdout, stderr } = await promisify(execFile)(tsx, args, {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error) => {
    throw new Error(`build:pages failed:\n${error.stderr || error.message}`);
  });
  return { root, output: stdout + stderr };
}

/** A title that tries every context a prerendered page writes it into. */
export const HOSTILE_TITLE =
  '</title></script><script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2"> & <!-- \u2028 Tiêu đề';
export const HOSTILE_ARTICLE = 'bai-html-doc-hai';
/** An article whose title has a lone surrogate (see hostileTitleApi). */
export const LONE_SURROGATE_ARTICLE = 'bai-0030-ngay-10';

/** The fixture data with `HOSTILE_TITLE` planted in one article, in test-results/`name`/. */
export async function hostileTitleApi(apiDir, name = 'prerendered-api') {
  const dir = path.join(REPO_ROOT, 'test-results', name);
  await rm(dir, { recursive: true, force: true });
  await cp(apiDir, dir, { recursive: true });
  const file = path.join(dir, 'articles', `${HOSTILE_ARTICLE}.json`);
  const article = JSON.parse(await readFile(file, 'utf8'));
  await writeFile(
    file,
    JSON.stringify({ ...article, title: HOSTILE_TITLE, summary: HOSTILE_TITLE }),
  );
  // A lone surrogate (legal JSON: JSON.stringify writes it as `\ud800`): the HTML carries U+FFFD
  // there, so the state must too, or the page fails hydration (#418). The hydration specs
  // take this article over.
  const plain = path.join(dir, 'articles', `${LONE_SURROGATE_ARTICLE}.json`);
  const other = JSON.parse(await readFile(plain, 'utf8'));
  await writeFile(plain, JSON.stringify({ ...other, title: `${other.title} \ud800 ☺` }));
  return dir;
}
