// Writes the MSW fixture tree (mocks/fixtures.ts) as contract files, so browser specs can serve
// the same data as the component tests: `tsx test/utils/write-mock-api.ts OUT_DIR`.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFixtureFiles } from '../../mocks/fixtures';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: tsx test/utils/write-mock-api.ts OUT_DIR');
await rm(outDir, { recursive: true, force: true });
for (const [file, json] of Object.entries(buildFixtureFiles())) {
  const target = path.join(outDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(json)}\n`);
}
