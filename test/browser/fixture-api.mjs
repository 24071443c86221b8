// Which API folder the browser specs serve under /api/:
//   1. $PORTAL_API_DIR, when set (relative paths are taken from the repo root);
//   2. else the browser fixture data set (test/fixtures/browser-export.ts), generated once per
//      process: `tsx test/utils/write-browser-export.ts test-results/browser-export` writes the
//      export folder, then `tsx scripts/build-api.ts --in test-results/browser-export
//      --out test-results/fixture-api` turns it into the contract tree;
//   3. else dist/api (the sample data copied from public/api by the build).

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const GENERATOR = path.join(REPO_ROOT, 'scripts', 'build-api.ts');
const FIXTURE_SOURCE = path.join(REPO_ROOT, 'test', 'fixtures', 'browser-export.ts');
const FIXTURE_WRITER = path.join(REPO_ROOT, 'test', 'utils', 'write-browser-export.ts');
const FIXTURE_EXPORT = path.join(REPO_ROOT, 'test-results', 'browser-export');
const OUT_DIR = path.join(REPO_ROOT, 'test-results', 'fixture-api');
const MOCK_WRITER = path.join(REPO_ROOT, 'test', 'utils', 'write-mock-api.ts');
const MOCK_OUT_DIR = path.join(REPO_ROOT, 'test-results', 'mock-api');

let pending;
let pendingMock;

/** Runs a TypeScript script with the project's tsx (`npx --yes tsx` if it is not installed). */
async function tsx(args) {
  const localTsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const [cmd, pre] = existsSync(localTsx) ? [localTsx, []] : ['npx', ['--yes', 'tsx']];
  try {
    await run(cmd, [...pre, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, CI: 'true' },
      timeout: 120_000,
    });
  } catch (error) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${error.stderr || error.message}`);
  }
}

/**
 * The component tests' MSW data set (`mocks/fixtures.ts`) written as contract files, once per
 * process: the same categories, articles and contact groups in the browser as in jsdom.
 * @returns {Promise<string>} absolute path of the folder to serve as `/api/`
 */
export function mockApi() {
  pendingMock ??= tsx([MOCK_WRITER, MOCK_OUT_DIR]).then(() => MOCK_OUT_DIR);
  return pendingMock;
}

/** @returns {Promise<string>} absolute path of the folder to serve as `/api/` */
export function fixtureApi() {
  pending ??= resolveApiDir();
  return pending;
}

async function resolveApiDir() {
  if (process.env.PORTAL_API_DIR) return path.resolve(REPO_ROOT, process.env.PORTAL_API_DIR);
  if (existsSync(GENERATOR) && existsSync(FIXTURE_SOURCE)) {
    await rm(OUT_DIR, { recursive: true, force: true });
    await tsx([FIXTURE_WRITER, FIXTURE_EXPORT]).catch((error) => {
      throw new Error(`fixtureApi: writing the fixture export failed: ${error.message}`);
    });
    await tsx([GENERATOR, '--in', FIXTURE_EXPORT, '--out', OUT_DIR]).catch((error) => {
      throw new Error(`fixtureApi: generator failed: ${error.message}`);
    });
    if (!existsSync(path.join(OUT_DIR, 'site.json'))) {
      throw new Error(`fixtureApi: generator wrote no site.json into ${OUT_DIR}`);
    }
    return OUT_DIR;
  }
  return path.join(REPO_ROOT, 'dist', 'api');
}
