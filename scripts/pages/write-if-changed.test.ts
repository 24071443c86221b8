import { mkdtemp, readFile, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeIfChanged } from './write-if-changed';

describe('writeIfChanged', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('leaves a file whose bytes would not change untouched, and replaces one that changes', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pages-'));
    const file = path.join(dir, 'articles', 'x', 'index.html');
    expect(await writeIfChanged(file, '<p>một</p>')).toBe(true);
    const old = new Date('2007-12-10T00:00:00Z');
    await utimes(file, old, old);

    expect(await writeIfChanged(file, '<p>một</p>')).toBe(false);
    expect((await stat(file)).mtime.getTime()).toBe(old.getTime());

    expect(await writeIfChanged(file, '<p>hai</p>')).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('<p>hai</p>');
    expect((await stat(file)).mode & 0o777).toBe(0o644);
  });
});
