// #28.2: links are never followed. The data, export, pictures and app folders are read as plain
// files; a symbolic link inside one is refused with its path named — never copied from its
// target into a release (made 644 and served).
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readExport } from '../api/read-export.ts';
import { publish } from './run.ts';

// As in scripts/publish.test.ts: the pages and their check need the real app (not here).
vi.mock('../pages/build-pages.ts', () => ({
  buildPages: async ({ dist }: { dist: string }) => {
    await writeFile(path.join(dist, 'shell.html'), '<!doctype html><title>shell</title>');
    await writeFile(path.join(dist, 'sitemap.xml'), '<urlset/>');
    return { pages: 1, drawn: 1, written: 2, removed: 0, skipped: 0, files: [] };
  },
}));
vi.mock('../site-check/check-site.ts', () => ({
  checkSite: async () => ({ pages: 1, problems: [], warnings: [] }),
}));

const EXPORT = path.resolve('data/sample-export');
const SECRET = 'mật khẩu của máy chủ';
let tmp: string;
let app: string;
let secret: string;
const quiet = { log: () => {}, warn: () => {} };

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'portal-links-'));
  app = path.join(tmp, 'dist');
  await mkdir(path.join(app, 'assets'), { recursive: true });
  await writeFile(path.join(app, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(app, 'sw.js'), '// sw');
  secret = path.join(tmp, 'shadow');
  await writeFile(secret, SECRET);
});
afterEach(() => rm(tmp, { recursive: true, force: true }));

/** Every file of the site's folders, to show nothing of the secret landed anywhere. */
async function everything(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true }).catch(() => [])).map(String);
}

const site = () => path.join(tmp, 'www', 'site');
const run = (extra: Record<string, string>) =>
  publish({ app, out: site(), siteUrl: 'https://q.example.gov.vn/', ...quiet, ...extra });

describe('publish never follows a link', () => {
  it('refuses a data folder (--api) holding a symlink, naming it; nothing is published', async () => {
    const data = path.join(tmp, 'data');
    await run({ in: EXPORT });
    await cp(path.join(site(), 'api'), data, { recursive: true });
    await symlink(secret, path.join(data, 'articles', 'x.txt'));
    await expect(run({ api: data })).rejects.toThrow(
      `${path.join(data, 'articles', 'x.txt')} là liên kết tượng trưng`,
    );
    expect(await everything(`${site()}.releases`)).not.toContain(expect.stringContaining('x.txt'));
  });

  it('refuses a symlinked folder in --images and a symlink in --app', async () => {
    const images = path.join(tmp, 'images');
    await mkdir(images);
    await writeFile(path.join(images, 'a.png'), 'png');
    await symlink(path.dirname(secret), path.join(images, 'all'));
    await expect(run({ in: EXPORT, images })).rejects.toThrow(
      `${path.join(images, 'all')} là liên kết tượng trưng`,
    );
    await symlink(secret, path.join(app, 'assets', 'leak.js'));
    await expect(run({ in: EXPORT })).rejects.toThrow(
      `${path.join(app, 'assets', 'leak.js')} là liên kết tượng trưng`,
    );
  });

  it('the export reader (--in) names a linked article, site.json or articles folder', async () => {
    const exportDir = path.join(tmp, 'export');
    await cp(EXPORT, exportDir, { recursive: true });
    await symlink(secret, path.join(exportDir, 'articles', 'leak.json'));
    await expect(readExport(exportDir)).rejects.toThrow(
      'articles/leak.json: là liên kết tượng trưng',
    );
    await rm(path.join(exportDir, 'articles', 'leak.json'));
    await rm(path.join(exportDir, 'site.json'));
    await symlink(path.join(EXPORT, 'site.json'), path.join(exportDir, 'site.json'));
    await expect(readExport(exportDir)).rejects.toThrow('site.json: là liên kết tượng trưng');
    await expect(run({ in: exportDir })).rejects.toThrow('site.json: là liên kết tượng trưng');
  });
});
