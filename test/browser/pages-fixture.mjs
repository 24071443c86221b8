// A build with prerendered pages (contract §6), for the specs about them: dist/ copied into
// test-results/, then `build:pages` over the browser fixture (or a data folder a spec makes).
// dist/ itself stays the bare SPA, which the other specs exercise.

import { execFile } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
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
