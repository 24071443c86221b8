// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { removeDir, tempDir } from '../test-helpers.ts';
import { DataFiles } from './data-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('data-files-');
  await mkdir(path.join(dir, 'articles'));
  await writeFile(path.join(dir, 'articles', 'a.json'), '{"id":"a"}\n');
});
afterEach(() => removeDir(dir));

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

it('hashes a file by reading it, and a missing one as missing', async () => {
  const data = new DataFiles(dir, 'http://localhost/');
  expect(await data.hashOf('articles/a.json')).toBe(sha1('{"id":"a"}\n'));
  expect(await data.hashOf('articles/b.json')).toBe('missing');
});

it('takes the hash of a file the caller knows (publish: the data it has just written) without reading it', async () => {
  const known = new Map([['articles/b.json', 'hash-known-to-publish']]);
  const data = new DataFiles(dir, 'http://localhost/', known);
  // b.json is not on disk: a read would have said `missing`.
  expect(await data.hashOf('articles/b.json')).toBe('hash-known-to-publish');
  // Files not in the map are still read.
  expect(await data.hashOf('articles/a.json')).toBe(sha1('{"id":"a"}\n'));
});
