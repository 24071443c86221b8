// #28.1: a publish draws only what changed, reuses the rest from the live release (hard links),
// and its result is byte-identical to a full publish. Real pages: it needs the app build in
// dist/ (`npx vite build`), as test/browser does; without one it is skipped, saying so.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../make-corpus.ts';
import { PUBLISH_RECORD, readPublishRecord } from './record.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(REPO, 'dist');
const built = existsSync(path.join(DIST, 'shell.html'));
if (!built) console.warn('incremental.test.ts: skipped, no app build in dist/ (npx vite build)');

let tmp: string;
const SITE_URL = 'http://127.0.0.1:9999/';

/** Every file under `dir` (relative path → sha256 of its bytes, inode, mode, mtime). */
async function files(dir: string) {
  const out = new Map<string, { hash: string; ino: number; mode: number; mtime: number }>();
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const info = await stat(full);
        const hash = createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
        out.set(path.relative(dir, full), {
          hash,
          ino: info.ino,
          mode: info.mode,
          mtime: info.mtimeMs,
        });
      }
    }
  };
  await walk(dir);
  return out;
}

/**
 * `npm run publish` as a command: in this process it would load the real pages step into the
 * module graph that Vitest shares between files (isolate: false), under the mocks of
 * scripts/publish.test.ts. Returns each step's note.
 */
function publish(args: string[]): Record<string, string> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', ...args], {
    cwd: REPO,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`publish: ${run.status}\n${run.stdout}${run.stderr}`);
  return Object.fromEntries(
    [...run.stdout.matchAll(/✓ (\S+)\s+[\d.]+ s {2}(.*)/g)].map((m) => [m[1], m[2]]),
  );
}

const release = async (site: string) => path.resolve(path.dirname(site), await readlink(site));

async function editBody(exportDir: string): Promise<string> {
  const names = (await readdir(path.join(exportDir, 'articles'))).sort();
  const file = path.join(exportDir, 'articles', names[Math.floor(names.length / 3)] as string);
  const article = JSON.parse(await readFile(file, 'utf8'));
  article.body = article.body.replace('</p>', ' Đã sửa một câu.</p>');
  await writeFile(file, JSON.stringify(article));
  return article.id;
}

describe.skipIf(!built)('an incremental publish (one article body edited)', () => {
  const steps: Record<string, string> = {};
  let before: string;
  let after: string;
  let full: string;
  let liveBefore: Awaited<ReturnType<typeof files>>;
  let id: string;
  let fromDrawnApp: string;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'portal-incremental-'));
    const exportDir = path.join(tmp, 'export');
    await makeCorpus({ articles: 40, years: 2, outDir: exportDir });
    const common = ['--app', DIST, '--site-url', SITE_URL, '--in', exportDir];
    const a = path.join(tmp, 'a', 'site');
    publish([...common, '--out', a]);
    before = await release(a);
    liveBefore = await files(before);
    id = await editBody(exportDir);
    Object.assign(steps, publish([...common, '--out', a]));
    after = await release(a);
    const b = path.join(tmp, 'b', 'site');
    publish([...common, '--out', b]);
    full = await release(b);
    // An app folder build:pages has drawn the sample data into (as `npm start` leaves dist/).
    const drawnApp = path.join(tmp, 'app');
    await cp(DIST, drawnApp, { recursive: true });
    const draw = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-pages.ts', '--dist', drawnApp, '--site-url', SITE_URL],
      { cwd: REPO, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
    );
    if (draw.status !== 0) throw new Error(`build:pages: ${draw.stdout}${draw.stderr}`);
    const c = path.join(tmp, 'c', 'site');
    publish([...common.map((arg) => (arg === DIST ? drawnApp : arg)), '--out', c]);
    publish([...common.map((arg) => (arg === DIST ? drawnApp : arg)), '--out', c]);
    fromDrawnApp = await release(c);
  }, 300_000);
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('is byte-identical to a full publish of the same data, file by file', async () => {
    const carried = new Set(
      ((await readPublishRecord(after)).carried ?? []).map((f) => `api/search/${f}`),
    );
    const incremental = await files(after);
    const whole = await files(full);
    const names = (m: Map<string, unknown>) =>
      [...m.keys()].filter((f) => f !== PUBLISH_RECORD && !carried.has(f)).sort();
    expect(names(incremental)).toEqual(names(whole));
    const differ = names(whole).filter((f) => incremental.get(f)?.hash !== whole.get(f)?.hash);
    expect(differ).toEqual([]);
  });

  it('from an app folder with pages drawn for other data, serves this data’s pages', async () => {
    const drawn = await files(fromDrawnApp);
    const whole = await files(full);
    const pages = [...whole.keys()].filter((f) => f.endsWith('.html') || f === 'sitemap.xml');
    const differ = pages.filter((f) => drawn.get(f)?.hash !== whole.get(f)?.hash);
    expect(differ).toEqual([]);
  });

  it('draws one page, rewrites no other, and reuses the rest as hard links', async () => {
    expect(steps.pages).toMatch(/vẽ mới 1,/);
    const now = await files(after);
    const pages = [...now.keys()].filter((f) => f.endsWith('.html'));
    const changed = pages.filter((f) => now.get(f)?.hash !== liveBefore.get(f)?.hash);
    expect(changed).toEqual([`articles/${id}/index.html`]);
    // An unchanged page, an unchanged data file and the feeds are the live release's inodes.
    const shared = (f: string) => now.get(f)?.ino === liveBefore.get(f)?.ino;
    const other = pages.find((f) => f.startsWith('articles/') && !f.includes(id)) as string;
    expect(shared(other)).toBe(true);
    expect(shared('api/site.json')).toBe(true);
    expect(shared('api/categories.json')).toBe(true);
    expect(shared('api/search/pagefind.js')).toBe(true);
    // The index is built again, and its files named by their content that the live index has
    // (every article's but the edited one's fragment) are linked from it, not written anew.
    const fragments = [...now.keys()].filter((f) => f.startsWith('api/search/fragment/'));
    expect(fragments.length).toBeGreaterThan(40);
    expect(fragments.filter((f) => !shared(f) && !liveBefore.has(f))).toHaveLength(1);
    expect(fragments.filter((f) => !shared(f) && liveBefore.has(f))).toEqual([]);
    expect(shared(`articles/${id}/index.html`)).toBe(false);
    expect(steps.data).toMatch(/mới 1, dùng lại/);
  });

  it('leaves the live release as it was: same files, bytes, modes and dates', async () => {
    const now = await files(before);
    for (const [file, was] of liveBefore) expect(now.get(file), file).toEqual(was);
    expect([...now.keys()].sort()).toEqual([...liveBefore.keys()].sort());
  });
});
