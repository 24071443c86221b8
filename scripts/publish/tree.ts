/**
 * Reading the folders a publish is given (`--app`, `--api`, `--in`, `--images`) as plain files,
 * and placing files into a new release, reusing the live release's where the bytes are the same.
 *
 * - Links are never followed (CONTRACT.md §8 v3): a symbolic link, a socket, a device inside
 *   such a folder is refused with its path named — never copied from its target (a link to
 *   /etc/shadow in the data folder would otherwise be served, world-readable). Files are
 *   opened with O_NOFOLLOW, so a link swapped in after the walk is refused too.
 * - A file whose bytes equal the live release's file at the same place becomes a hard link to
 *   it (a copy where the file system has none). Releases then share those inodes: nothing may
 *   ever write into a release's file in place — every writer writes a new file and renames it.
 */

import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { linkOrCopy, placeFile } from '../lib/place-file.ts';
import { mapLimit } from '../lib/pool.ts';
import { PublishError } from './errors.ts';

export interface Placed {
  /** Files in the new release. */
  files: number;
  /** Of which taken from the live release (hard links, or copies across file systems). */
  reused: number;
}

/** Relative paths (with `/`) of the regular files under `root`, refusing anything else. */
export async function plainFiles(
  root: string,
  skip: (relative: string) => boolean = () => false,
): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, prefix: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const relative = `${prefix}${entry.name}`;
      // Dot files and folders are never copied: the build manifest (`.vite/`), editor and VCS
      // leftovers, half-written `.tmp` folders of a generator.
      if (entry.name.startsWith('.') || skip(relative)) continue;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), `${relative}/`);
      else if (entry.isFile()) out.push(relative);
      else throw notPlain(path.join(dir, entry.name), entry.isSymbolicLink());
    }
  };
  const top = await lstat(root);
  if (!top.isDirectory()) throw new PublishError(`${root} không phải thư mục`);
  await walk(root, '');
  return out.sort();
}

export function notPlain(file: string, symlink: boolean): PublishError {
  return new PublishError(
    `${file} là ${symlink ? 'liên kết tượng trưng (symlink)' : 'tệp đặc biệt'}, không phải tệp thường: ` +
      'publish không đi theo liên kết — hãy đặt chính tệp đó vào, hoặc xoá nó',
  );
}

/** The bytes of a regular file, never through a link (ELOOP is named as a link). */
export async function readPlain(file: string): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw notPlain(file, true);
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) throw notPlain(file, false);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Copies the plain files of `from` into `to`, reusing `live`'s file (same relative path) when
 * its bytes are the same. Refuses links and special files (see plainFiles).
 */
export async function copyTree(
  from: string,
  to: string,
  options: {
    skip?: (relative: string) => boolean;
    live?: string | null;
    /** Filled with each file's sha1 (hex), by its relative path. */
    hashes?: Map<string, string>;
  } = {},
): Promise<Placed> {
  const files = await plainFiles(from, options.skip);
  for (const dir of new Set(files.map((f) => path.dirname(f)))) {
    await mkdir(path.join(to, dir), { recursive: true, mode: 0o755 });
  }
  await mkdir(to, { recursive: true, mode: 0o755 });
  let reused = 0;
  await mapLimit(files, 32, async (file) => {
    const bytes = await readPlain(path.join(from, file));
    options.hashes?.set(file, createHash('sha1').update(bytes).digest('hex'));
    const live = options.live ? path.join(options.live, file) : undefined;
    if (await placeFile(path.join(to, file), bytes, live)) reused++;
  });
  return { files: files.length, reused };
}

/** Links every file of `from` (a folder of the live release) into `to`. Returns the count. */
export async function linkTree(from: string, to: string): Promise<number> {
  const files = await plainFiles(from);
  for (const dir of new Set(files.map((f) => path.dirname(f)))) {
    await mkdir(path.join(to, dir), { recursive: true, mode: 0o755 });
  }
  await mapLimit(files, 32, (file) => linkOrCopy(path.join(from, file), path.join(to, file)));
  return files.length;
}
