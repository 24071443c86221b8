import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../test-helpers.ts';
import { SiteTargets } from './targets.ts';

let dir: string;
const file = async (rel: string) => {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), 'x');
};

beforeAll(async () => {
  dir = await tempDir('site-targets-');
  for (const rel of ['index.html', 'articles/a/index.html', 'assets/a.css', 'api/feeds/all.xml']) {
    await file(rel);
  }
});
afterAll(() => removeDir(dir));

describe('SiteTargets under /portal/', () => {
  const targets = () => new SiteTargets(dir, path.join(dir, 'api'), '/portal/');

  it('accepts pages, files, data files and the routes drawn in the browser', async () => {
    const t = targets();
    for (const address of [
      '/portal/',
      '/portal/articles/a',
      '/portal/articles/a/',
      '../assets/a.css',
      '/portal/api/feeds/all.xml',
      '/portal/search?q=x',
      '/portal/embed/latest?limit=3',
      'https://other.example/x',
      '/images/outside-the-base.png',
      'tel:0838291913',
      '#main',
    ]) {
      expect(await t.problem(address, '/portal/articles/a'), address).toBeNull();
    }
  });

  it('names a page, a data file or a folder that is not there', async () => {
    const t = targets();
    for (const address of [
      '/portal/articles/b',
      '/portal/api/feeds/x.xml',
      '/portal/categories',
      '/portal/%E0%A4%A',
    ]) {
      expect(await t.problem(address, '/portal/'), address).toMatch(/không tới|hỏng/);
    }
  });
});
