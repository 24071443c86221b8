// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSize } from '../check-size.mjs';
import { firstLoadFiles, staticClosure } from './first-load.mjs';

const HOME = 'src/app/routes/HomeRoute.tsx';

// The shape Vite writes to dist/.vite/manifest.json, including a shared chunk that imports the
// entry back (a cycle) and a dynamic import inside a route chunk (not part of the first load).
const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: [HOME, 'src/app/routes/ContactsRoute.tsx'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_picker.js': {
    file: 'assets/picker.js',
    imports: ['_react.js', 'index.html'],
    dynamicImports: ['src/Calendar.tsx'],
  },
  [HOME]: { file: 'assets/Home.js', isDynamicEntry: true, imports: ['_picker.js'] },
  'src/app/routes/ContactsRoute.tsx': { file: 'assets/Contacts.js', isDynamicEntry: true },
  'src/Calendar.tsx': { file: 'assets/Calendar.js', isDynamicEntry: true },
};

describe('first-load closure from the manifest', () => {
  it('is entry + static imports + route chunk + its static imports, not dynamic imports', () => {
    expect(firstLoadFiles(manifest, HOME)).toEqual([
      'assets/Home.js',
      'assets/index.js',
      'assets/picker.js',
      'assets/react.js',
    ]);
    expect(firstLoadFiles(manifest, 'src/app/routes/ContactsRoute.tsx')).toEqual([
      'assets/Contacts.js',
      'assets/index.js',
      'assets/react.js',
    ]);
  });

  it('survives import cycles and reports a route without a chunk as null', () => {
    expect(staticClosure(manifest, ['_picker.js']).size).toBe(3);
    expect(firstLoadFiles(manifest, 'src/app/routes/ArticleRoute.tsx')).toBeNull();
  });
});

describe('checkSize', () => {
  let dir;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function fakeBuild(budgets, chunks = manifest) {
    dir = await mkdtemp(path.join(tmpdir(), 'check-size-'));
    await mkdir(path.join(dir, 'dist', '.vite'), { recursive: true });
    await mkdir(path.join(dir, 'dist', 'assets'));
    await writeFile(path.join(dir, 'dist', '.vite', 'manifest.json'), JSON.stringify(chunks));
    for (const chunk of Object.values(chunks)) {
      await writeFile(path.join(dir, 'dist', chunk.file), `export const x = ${'1+'.repeat(500)}1;`);
    }
    await writeFile(path.join(dir, 'budget.json'), JSON.stringify(budgets));
    return { dist: path.join(dir, 'dist'), budget: path.join(dir, 'budget.json') };
  }

  it('passes within budget and flags a route over it', async () => {
    const paths = await fakeBuild({});
    const routes = [
      { name: 'home', url: '/', module: HOME, budget: 100_000 },
      {
        name: 'contacts',
        url: '/contacts',
        module: 'src/app/routes/ContactsRoute.tsx',
        budget: 10,
      },
    ];
    const { rows, over } = await checkSize({ ...paths, update: false, routes });
    expect(over).toBe(1);
    expect(rows.find((r) => r.what === HOME).status).toBe('ok');
    expect(rows.find((r) => r.what.includes('Contacts')).status).toMatch(/OVER/);
  });

  it('fails when a budgeted route that still exists has no chunk any more', async () => {
    const paths = await fakeBuild({});
    const routes = [
      {
        name: 'article',
        url: '/articles/x',
        module: 'src/app/routes/ArticleRoute.tsx',
        budget: 100_000,
      },
    ];
    const { rows, over } = await checkSize({ ...paths, update: false, routes });
    expect(over).toBe(1);
    expect(rows.find((r) => r.what.includes('Article')).status).toMatch(/NOT MEASURED/);
  });

  it('fails when a widget’s layout has no chunk of its own (it would go unmeasured)', async () => {
    const LATEST = 'src/app/routes/EmbedLatestRoute.tsx';
    const chunks = {
      ...manifest,
      'index.html': { ...manifest['index.html'], dynamicImports: [LATEST] },
      [LATEST]: { file: 'assets/Latest.js', isDynamicEntry: true },
    };
    const paths = await fakeBuild({}, chunks);
    const routes = [
      {
        name: 'latest',
        url: '/embed/latest',
        module: LATEST,
        layout: 'src/app/EmbedLayout.tsx',
        budget: 100_000,
      },
    ];
    const { rows, over } = await checkSize({ ...paths, update: false, routes });
    expect(over).toBe(1);
    expect(rows.find((r) => r.what === LATEST).status).toMatch(/NOT MEASURED/);
  });
});
