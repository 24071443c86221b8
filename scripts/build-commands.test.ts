// @vitest-environment node
// The build:* commands as a careless operator and a hostile CMS meet them (issue #22): a killed
// run, a cut emoji, files of someone else's in the output. Exit 1 must mean "nothing changed".
import { execFile, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTreeAtomically } from './api/write-tree.ts';
import { article, readTree, removeDir, tempDir, writeExport } from './test-helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function cli(script: string, args: string[]) {
  return promisify(execFile)(TSX, [script, ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid as number;
}

let work: string;
let exportDir: string;
beforeAll(async () => {
  work = await tempDir('build-commands-');
  exportDir = await writeExport(path.join(work, 'export'), {
    articles: {
      // A cut emoji, as a CMS that truncates UTF-16 writes it: Pagefind refused the whole index.
      'emoji-cat': article('emoji-cat', 'tin-tuc', '2007-12-10T08:00:00+07:00', {
        title: 'Chúc mừng năm mới \ud83d',
        body: '<p>Pháo hoa \ud83d lúc nửa đêm \udc4d.</p>',
      }),
      khac: article('khac', 'tin-tuc', '2007-12-09T08:00:00+07:00'),
    },
  });
}, 30_000);
afterAll(() => removeDir(work));

describe('build:api', () => {
  it('indexes an article with a lone surrogate instead of failing', async () => {
    const out = path.join(work, 'emoji-api');
    const run = await cli('scripts/build-api.ts', ['--in', exportDir, '--out', out]);
    expect(run.stderr).not.toMatch(/Lỗi/);
    expect(run.code).toBe(0);
    expect(await readdir(path.join(out, 'search'))).toContain('pagefind-entry.json');
  }, 120_000);

  it('runs over what a killed build:search left in its output, and removes it', async () => {
    const out = path.join(work, 'leftover-api');
    expect((await cli('scripts/build-api.ts', ['--in', exportDir, '--out', out])).code).toBe(0);
    const leftover = path.join(out, `.search.tmp-${await deadPid()}-AbC123`);
    await mkdir(path.join(leftover, 'fragment'), { recursive: true });
    await writeFile(path.join(leftover, 'fragment', 'vi_1.pf_fragment'), 'x');
    const run = await cli('scripts/build-api.ts', ['--in', exportDir, '--out', out]);
    expect(run.stderr).not.toMatch(/không do trình tạo/);
    expect(run.code).toBe(0);
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
    expect((await readdir(work)).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 120_000);

  it('leaves the previous output as it was when a step after writing the tree fails', async () => {
    const out = path.join(work, 'failing-api');
    await writeTreeAtomically(out, new Map([['site.json', 'old\n']]));
    const error = await writeTreeAtomically(out, new Map([['site.json', 'new\n']]), async () => {
      throw new Error('pagefind: unexpected end of hex escape');
    }).catch((e: Error) => e);
    expect(String(error)).toMatch(/hex escape/);
    expect([...(await readTree(out))]).toEqual([['site.json', 'old\n']]);
    expect((await readdir(work)).filter((name) => name.includes('tmp'))).toEqual([]);
  });
});

describe('build:search', () => {
  it('refuses to replace a search/ holding files it did not write, and keeps them', async () => {
    const out = path.join(work, 'foreign-api');
    expect((await cli('scripts/build-api.ts', ['--in', exportDir, '--out', out])).code).toBe(0);
    await writeFile(path.join(out, 'search', 'ghi-chu-cua-toi.txt'), 'đừng xoá');
    const run = await cli('scripts/build-search.ts', ['--api', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ghi-chu-cua-toi\.txt/);
    expect(await readFile(path.join(out, 'search', 'ghi-chu-cua-toi.txt'), 'utf8')).toBe(
      'đừng xoá',
    );
  }, 120_000);

  it('cleans what a killed run of its own left, then builds', async () => {
    const out = path.join(work, 'killed-search-api');
    expect((await cli('scripts/build-api.ts', ['--in', exportDir, '--out', out])).code).toBe(0);
    const leftover = path.join(out, `.search.tmp-${await deadPid()}-XyZ789`);
    await mkdir(leftover);
    expect((await cli('scripts/build-search.ts', ['--api', out])).code).toBe(0);
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 120_000);
});
