import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { buildServerApp } from './ssr-bundle.ts';

// Vitest runs with NODE_ENV=test, as a publish started from a test or a CI step may: the
// drawing processes run production React, which has no development JSX to call.
it('builds the pages bundle with production JSX whatever NODE_ENV says', async () => {
  expect(process.env.NODE_ENV).toBe('test');
  const { entry } = await buildServerApp({ base: '/', api: '/api/' });
  const dir = path.dirname(fileURLToPath(entry));
  const files = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  const code = (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('');
  expect(code).not.toMatch(/jsx-dev-runtime|jsxDEV/);
  expect(process.env.NODE_ENV).toBe('test');
}, 120_000);
