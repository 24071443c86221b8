// Writes the browser suite's export folder (test/fixtures/browser-export.ts) for
// scripts/build-api.ts to read: `tsx test/utils/write-browser-export.ts OUT_DIR`.
import { rm } from 'node:fs/promises';
import { writeExport } from '../../scripts/test-helpers';
import { browserExport } from '../fixtures/browser-export';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: tsx test/utils/write-browser-export.ts OUT_DIR');
await rm(outDir, { recursive: true, force: true });
await writeExport(outDir, browserExport);
