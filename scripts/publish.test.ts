import { execFile } from 'node:child_process';
import {
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishSteps } from './publish/steps.ts';
import { PublishError, publish, rollback } from './publish.ts';

// The pages step draws with the app's server bundle (a Vite build of the real app): too slow
// for these tests of the release mechanics, and the fake build below has no app to draw. It
// is stood in for here; test/browser/nginx.test.mjs publishes the real build, pages included.
vi.mock('./pages/build-pages.ts', () => ({
  buildPages: async ({ dist }: { dist: string }) => {
    await writeFile(path.join(dist, 'shell.html'), '<!doctype html><title>shell</title>');
    await writeFile(path.join(dist, 'sitemap.xml'), '<urlset/>');
    return { pages: 1, drawn: 1, written: 2, removed: 0, skipped: 0 };
  },
}));

// The whole-site check reads real pages; the stand-in pages above are not. What it finds is
// set by each test (none by default).
const siteCheck = vi.hoisted(() => ({ problems: [] as { file: string; message: string }[] }));
vi.mock('./site-check/check-site.ts', () => ({
  checkSite: async () => ({ pages: 1, problems: siteCheck.problems, warnings: [] }),
}));

const EXPORT = path.resolve('data/sample-export');
const SITE_URL = 'https://quan.example.gov.vn/';
let tmp: string;
let app: string;
let site: string;
const quiet = { log: () => {}, warn: () => {} };

/** A stand-in for `dist/`: what the publish copies and what it must leave out. */
async function fakeBuild(dir: string, scope = '/') {
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await mkdir(path.join(dir, '.vite'), { recursive: true });
  await mkdir(path.join(dir, 'api'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(dir, 'sw.js'), '// sw');
  await writeFile(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'manifest.webmanifest'), JSON.stringify({ scope }));
  await writeFile(path.join(dir, '.vite', 'manifest.json'), '{}');
  await writeFile(path.join(dir, '_headers'), '/*\n  X-Test: 1\n');
  await writeFile(path.join(dir, '_redirects'), '/search /shell.html 200\n');
  await writeFile(path.join(dir, 'api', 'site.json'), '{"name":"sample data of the build"}');
}

const live = async () => path.basename(await readlink(site));
const served = (file: string) => readFile(path.join(site, file), 'utf8');
const releaseNames = async () =>
  (await readdir(`${site}.releases`)).filter((name) => !name.startsWith('.')).sort();

/** A data folder as served, made by a first publish from the sample export. */
async function dataFolder(): Promise<string> {
  const data = path.join(tmp, 'data');
  await cp(path.join(site, 'api'), data, { recursive: true });
  return data;
}

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'portal-publish-'));
  app = path.join(tmp, 'dist');
  site = path.join(tmp, 'www', 'site');
  await fakeBuild(app);
});
afterEach(() => rm(tmp, { recursive: true, force: true }));

describe('npm run publish', () => {
  it('makes SITE a new version: app, data, search index and feeds, without build leftovers', async () => {
    const result = await publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    expect((await lstat(site)).isSymbolicLink()).toBe(true);
    expect(await live()).toBe(result.release);
    expect(await served('index.html')).toContain('<title>app</title>');
    expect(JSON.parse(await served('api/site.json')).name).not.toBe('sample data of the build');
    expect(await served('api/search/pagefind-entry.json')).toContain('"version"');
    expect(await served('api/feeds/all.xml')).toContain(`${SITE_URL}articles/`);
    for (const leftover of ['.vite', '_headers', '_redirects']) {
      await expect(stat(path.join(site, leftover))).rejects.toThrow();
    }
    // The search index and the pages are made side by side: either may end first.
    const names = result.steps.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['app', 'data', 'feeds']);
    expect(names.slice(3, 5).sort()).toEqual(['pages', 'search']);
    expect(names.slice(5)).toEqual(['check', 'permissions', 'switch', 'prune']);
  });

  it('copies the image files the data points at into images/ (--images)', async () => {
    const images = path.join(tmp, 'images');
    await mkdir(path.join(images, '2024'), { recursive: true });
    await writeFile(path.join(images, '2024', 'tru-so.jpg'), 'JPEG');
    await publish({ app, in: EXPORT, images, out: site, siteUrl: SITE_URL, ...quiet });
    expect(await served('images/2024/tru-so.jpg')).toBe('JPEG');
  });

  it('leaves everything readable by the web server user, whatever the umask', async () => {
    const before = process.umask(0o077);
    try {
      await publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    } finally {
      process.umask(before);
    }
    const modes: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        modes.push(
          `${((await stat(full)).mode & 0o777).toString(8)} ${entry.isDirectory() ? 'd' : 'f'}`,
        );
        if (entry.isDirectory()) await walk(full);
      }
    };
    await walk(site);
    expect(new Set(modes)).toEqual(new Set(['755 d', '644 f']));
    expect((await stat(`${site}.releases`)).mode & 0o777).toBe(0o755);
    // The folder --out goes in did not exist: made for the web server to enter (#28.6).
    expect((await stat(path.dirname(site))).mode & 0o777).toBe(0o755);
  });

  it('a data update from a data folder rebuilds its search index and feeds for this site', async () => {
    await publish({ app, in: EXPORT, out: site, siteUrl: 'http://old.example/', ...quiet });
    const data = await dataFolder();
    await rm(path.join(data, 'search'), { recursive: true });
    await publish({ app, api: data, out: site, siteUrl: SITE_URL, ...quiet });
    expect(await served('api/search/pagefind-entry.json')).toContain('"version"');
    expect(await served('api/feeds/all.xml')).not.toContain('old.example');
  });

  it('a failure midway leaves the live site as it was, and nothing half-built', async () => {
    const first = await publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    const before = await served('api/site.json');
    const data = await dataFolder();
    // Usable enough to copy, not to index: the search step refuses it.
    await writeFile(path.join(data, 'categories.json'), '{"categories": 42}');
    const failed = publish({ app, api: data, out: site, siteUrl: SITE_URL, ...quiet });
    await expect(failed).rejects.toThrow(PublishError);
    await expect(failed).rejects.toThrow(new RegExp(`vẫn phục vụ bản ${first.release}`));
    expect(await live()).toBe(first.release);
    expect(await served('api/site.json')).toBe(before);
    // Beside the releases: only the search texts kept between publishes (steps-derived.ts).
    expect(await readdir(`${site}.releases`)).toEqual(['.search-text.json', first.release]);
  });

  it('refuses a release whose pages fail check:site, naming them; the live site stays', async () => {
    const first = await publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    siteCheck.problems = [
      { file: 'archive/2007-12/index.html', message: '<main> còn "Đang tải…"' },
    ];
    try {
      const failed = publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
      await expect(failed).rejects.toThrow(/check:site[\s\S]*archive\/2007-12\/index\.html/);
    } finally {
      siteCheck.problems = [];
    }
    expect(await live()).toBe(first.release);
    expect(await releaseNames()).toEqual([first.release]);
  });

  it('a step that throws after the app is copied switches nothing', async () => {
    const first = await publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    const copyApp = publishSteps({ source: { kind: 'export', dir: EXPORT } })[0];
    if (!copyApp) throw new Error('no app step');
    const boom = { name: 'boom', run: () => Promise.reject(new Error('đĩa đầy')) };
    await expect(
      publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, steps: [copyApp, boom], ...quiet }),
    ).rejects.toThrow(/đĩa đầy/);
    expect(await live()).toBe(first.release);
    expect(await releaseNames()).toEqual([first.release]);
  });

  it('keeps the previous release and rolls back to it', async () => {
    const a = await publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    await writeFile(path.join(app, 'index.html'), '<!doctype html><title>app v2</title>');
    const b = await publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    expect(b.previous).toBe(a.release);
    expect(await served('index.html')).toContain('app v2');

    expect(await rollback(site)).toEqual({ from: b.release, to: a.release });
    expect(await served('index.html')).not.toContain('app v2');
    await expect(rollback(site)).rejects.toThrow(/không còn bản nào trước/);

    // The next publish keeps the new release and the one live before it (a), no more.
    const c = await publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    expect(c.removed).toEqual([b.release]);
    expect(await releaseNames()).toEqual([a.release, c.release]);
  });

  it('takes an old release out at the switch and deletes it during the next publish, even a failed one', async () => {
    const run = (more: object = {}) =>
      publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet, ...more });
    const a = await run();
    const b = await run();
    const c = await run();
    // a is no release any more (neither served nor rolled back to): renamed, its files kept
    // until the next publish deletes them beside its own work.
    expect(c.removed).toEqual([a.release]);
    expect(await releaseNames()).toEqual([b.release, c.release]);
    const dotNames = async () =>
      (await readdir(`${site}.releases`)).filter((name) => name.startsWith('.')).sort();
    expect(await dotNames()).toEqual([`.pruned-${a.release}`, '.search-text.json']);

    const d = await run();
    expect(d.cleanup).toBeUndefined();
    expect(d.steps.find((s) => s.name === 'prune')?.note).toMatch(/đã xoá hẳn 1 bản/);
    expect(await releaseNames()).toEqual([c.release, d.release]);
    expect(await dotNames()).toEqual([`.pruned-${b.release}`, '.search-text.json']);

    // A publish that fails deletes what was taken out, and nothing else: the release to roll
    // back to is still there.
    const boom = { name: 'boom', run: () => Promise.reject(new Error('đĩa đầy')) };
    await expect(run({ steps: [boom] })).rejects.toThrow(/đĩa đầy/);
    expect(await live()).toBe(d.release);
    expect(await releaseNames()).toEqual([c.release, d.release]);
    expect(await dotNames()).toEqual(['.search-text.json']);
    expect(await rollback(site)).toEqual({ from: d.release, to: c.release });
  });

  it('refuses bad input at once, saying what to do, before touching anything', async () => {
    const run = (more: object) => publish({ app, out: site, siteUrl: SITE_URL, ...quiet, ...more });
    await expect(run({})).rejects.toThrow(/--api .* hoặc --in/);
    await expect(run({ in: EXPORT, api: EXPORT })).rejects.toThrow(/đúng một/);
    await expect(run({ in: EXPORT, app: tmp })).rejects.toThrow(/thiếu index.html/);
    await expect(run({ api: `${EXPORT}-x` })).rejects.toThrow(/thiếu site.json/);
    await expect(run({ in: EXPORT, siteUrl: 'quan.example' })).rejects.toThrow(/--site-url/);
    await expect(run({ in: EXPORT, out: path.join(app, 'site') })).rejects.toThrow(
      /ngoài thư mục --app/,
    );
    await fakeBuild(app, '/portal/');
    await expect(run({ in: EXPORT })).rejects.toThrow(/build --base \/,/);
    await expect(stat(`${site}.releases`)).rejects.toThrow();
  });

  it('does not replace a folder it did not make, nor run twice at once', async () => {
    await mkdir(site, { recursive: true });
    await writeFile(path.join(site, 'index.html'), 'hand-copied');
    const run = () => publish({ app, in: EXPORT, out: site, siteUrl: SITE_URL, ...quiet });
    await expect(run()).rejects.toThrow(/không phải liên kết do publish tạo ra/);
    expect(await served('index.html')).toBe('hand-copied');
    await rm(site, { recursive: true });
    await writeFile(path.join(`${site}.releases`, '.lock'), `${process.pid}\n`);
    await expect(run()).rejects.toThrow(`pid ${process.pid}`);
  });

  it('the command exits 2 with its usage on bad arguments', async () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const failed = await promisify(execFile)(tsx, ['scripts/publish.ts', '--app', app]).catch(
      (error) => error,
    );
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/cần --out[\s\S]*--rollback --out/);
  });
});
