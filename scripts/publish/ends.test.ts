// #28.3: honest ends. A publish killed with -9 while its drawing processes work leaves none of
// them running (they wrote on into the abandoned `.building-…` folder), and the next publish
// succeeds and removes what the killed one left. Real pages: needs the app build in dist/.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../make-corpus.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(REPO, 'dist');
const built = existsSync(path.join(DIST, 'shell.html'));
const SITE_URL = 'http://127.0.0.1:9999/';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    // A zombie has exited; only its entry is left for the parent to collect.
    return !/^Z/.test(execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }));
  } catch {
    return false;
  }
};
/** The drawing processes (scripts/pages/worker.mjs) a process has started, from /proc. */
const drawingChildren = (pid: number) =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === pid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('worker.mjs');
      } catch {
        return false;
      }
    })
    .map(Number);

/** Article pages drawn so far into a release folder. */
const pageCount = async (release: string) =>
  (await readdir(path.join(release, 'articles')).catch(() => [])).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let tmp: string;
let exportDir: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'portal-ends-'));
  exportDir = path.join(tmp, 'export');
  await makeCorpus({ articles: 400, years: 3, outDir: exportDir });
}, 60_000);
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe.skipIf(!built)('a publish killed with -9 while drawing pages', () => {
  it('leaves no drawing process running; the next publish succeeds and cleans up', async () => {
    const site = path.join(tmp, 'site');
    const args = ['--app', DIST, '--in', exportDir, '--out', site, '--site-url', SITE_URL];
    // node itself (not the tsx launcher) so that its pid is the publish's.
    const run: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/publish.ts', ...args],
      {
        cwd: REPO,
        env: { ...process.env, NODE_ENV: 'production', PAGES_PROCESSES: '2' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    run.stdout?.on('data', (chunk) => {
      out += chunk;
    });
    run.stderr?.on('data', (chunk) => {
      out += chunk;
    });
    const pid = run.pid as number;
    // Killed once its drawing processes are drawing: some pages are in the new release.
    let drawing: number[] = [];
    let building = '';
    for (let i = 0; i < 1200; i++) {
      await sleep(100);
      drawing = drawingChildren(pid);
      const name = (await readdir(`${site}.releases`).catch(() => [])).find((n) =>
        n.startsWith('.building-'),
      );
      building = name ? path.join(`${site}.releases`, name) : '';
      if (drawing.length >= 2 && building && (await pageCount(building)) >= 20) break;
    }
    expect(drawing.length, out).toBeGreaterThanOrEqual(2);
    process.kill(pid, 'SIGKILL');
    await sleep(1500);
    expect(drawing.filter(alive)).toEqual([]);
    // Nothing more is drawn into the abandoned folder.
    const after = await pageCount(building);
    await sleep(2000);
    expect(await pageCount(building)).toBe(after);

    // The next publish, as cron would start it (vitest's NODE_ENV=test is not a build's).
    const next = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    });
    expect(next.status, next.stdout + next.stderr).toBe(0);
    expect(next.stdout).toMatch(/Xoá phần còn sót của lần chạy bị ngắt: \.building-/);
    const names = await readdir(`${site}.releases`);
    // The search texts kept between publishes, and one release: nothing half-built, no lock.
    expect(names.filter((name) => name.startsWith('.'))).toEqual(['.search-text.json']);
    expect(names.filter((name) => !name.startsWith('.'))).toHaveLength(1);
  }, 300_000);
});
