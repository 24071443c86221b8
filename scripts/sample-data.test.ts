// @vitest-environment node
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildApi } from './build-api.ts';
import { readTree, removeDir, tempDir } from './test-helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
let work: string | undefined;
afterEach(async () => {
  if (work) await removeDir(work);
});

it('public/api is up to date with data/sample-export (else: npm run build:api -- --in data/sample-export --out public/api)', async () => {
  work = await tempDir();
  await buildApi({ inDir: path.join(ROOT, 'data/sample-export'), outDir: path.join(work, 'api') });
  const fresh = await readTree(path.join(work, 'api'));
  // search/ is built from this tree afterwards and checked in scripts/build-search.test.ts.
  const committed = new Map(
    [...(await readTree(path.join(ROOT, 'public/api')))].filter(([f]) => !f.startsWith('search/')),
  );
  expect([...committed.keys()]).toEqual([...fresh.keys()]);
  for (const [file, text] of fresh) expect(committed.get(file), file).toBe(text);
});
