// @vitest-environment node
// What an operator meets on a real server: a web server running as another user, a run that
// was killed half-way, old files it cannot delete, two runs at once.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../test-helpers.ts';
import { refuseForeign, replaceFolder } from './replace-folder.ts';

let work: string;
let target: string;
beforeEach(async () => {
  work = await tempDir('replace-folder-');
  target = path.join(work, 'api');
});
afterEach(() => removeDir(work));

const fillWith =
  (text: string) =>
  async (temp: string): Promise<void> => {
    await mkdir(path.join(temp, 'search', 'index'), { recursive: true });
    await writeFile(path.join(temp, 'site.json'), text);
    await writeFile(path.join(temp, 'search', 'index', 'a.pf_index'), text);
  };

const mode = async (file: string) => (await stat(file)).mode & 0o777;
const content = () => readFile(path.join(target, 'site.json'), 'utf8');

/** A process id that is certainly not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid as number;
}

describe('replaceFolder', () => {
  it('writes folders and files another user (a web server) can read', async () => {
    await replaceFolder(target, fillWith('new'));
    expect((await mode(target)).toString(8)).toBe('755');
    expect((await mode(path.join(target, 'search'))).toString(8)).toBe('755');
    expect((await mode(path.join(target, 'search', 'index'))).toString(8)).toBe('755');
    expect((await mode(path.join(target, 'site.json'))).toString(8)).toBe('644');
    expect((await mode(path.join(target, 'search', 'index', 'a.pf_index'))).toString(8)).toBe(
      '644',
    );
  });

  it('deletes what a killed run left beside the folder, and goes on', async () => {
    const leftover = path.join(work, `.api.tmp-${await deadPid()}-AbC123`);
    const legacy = path.join(work, '.api.tmp-XyZ789-old'); // earlier versions' name
    for (const dir of [leftover, legacy]) {
      await mkdir(path.join(dir, 'articles'), { recursive: true });
      await writeFile(path.join(dir, 'articles', 'x.json'), '{}');
    }
    await replaceFolder(target, fillWith('new'), { warn: () => {} });
    expect(await content()).toBe('new');
    expect(await readdir(work)).toEqual(['api']);
  });

  it('refuses, changing nothing, while another live run writes the same folder', async () => {
    await replaceFolder(target, fillWith('old'));
    const other = path.join(work, `.api.tmp-${process.ppid}-AbC123`);
    await mkdir(other);
    const error = await replaceFolder(target, fillWith('new')).catch((e: Error) => e);
    expect(String(error)).toContain(`tiến trình ${process.ppid}`);
    expect(String(error)).toContain(`rm -rf -- '${other}'`);
    expect(await content()).toBe('old');
    expect((await readdir(work)).sort()).toEqual([path.basename(other), 'api'].sort());
  });

  it('once the new content is live, an old copy it cannot delete is a warning with the command', async () => {
    await replaceFolder(target, fillWith('old'));
    const warnings: string[] = [];
    await replaceFolder(target, fillWith('new'), {
      warn: (message) => warnings.push(message),
      removeOld: async () => {
        throw new Error('EACCES: permission denied');
      },
    });
    expect(await content()).toBe('new');
    const left = (await readdir(work)).filter((name) => name !== 'api');
    expect(left).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringContaining(`rm -rf -- '${path.join(work, left[0] ?? '')}'`),
    ]);
    // (The next run, another process, deletes it: see "deletes what a killed run left".)
  });

  it('leaves the old folder and nothing else when filling fails', async () => {
    await replaceFolder(target, fillWith('old'));
    const error = await replaceFolder(target, async () => {
      throw new Error('disk full');
    }).catch((e: Error) => e);
    expect(String(error)).toContain('disk full');
    expect(await content()).toBe('old');
    expect(await readdir(work)).toEqual(['api']);
  });
});

describe('refuseForeign', () => {
  const xml = (name: string) => name.endsWith('.xml');

  it('lets a missing folder or one of our own files through', async () => {
    await expect(refuseForeign(target, xml, 'tin Atom')).resolves.toBeUndefined();
    await mkdir(target);
    await writeFile(path.join(target, 'feed.xml'), '<feed/>');
    await expect(refuseForeign(target, xml, 'tin Atom')).resolves.toBeUndefined();
  });

  it('names the files it did not write, and what it would have written there', async () => {
    await mkdir(target);
    await writeFile(path.join(target, 'feed.xml'), '<feed/>');
    await writeFile(path.join(target, 'bao-cao.docx'), 'x');
    await expect(refuseForeign(target, xml, 'tin Atom')).rejects.toThrow(
      /không phải tin Atom \(bao-cao\.docx\); không ghi đè/,
    );
    expect(await readdir(target)).toEqual(['bao-cao.docx', 'feed.xml']);
  });
});
