/**
 * Placing a file into a new tree that reuses an older one (publish's incremental release):
 * identical bytes become a hard link to the older file, anything else a new file. The two
 * trees then share inodes, so no writer may ever write into a file in place: a changed file is
 * always a new file renamed over the name (write-if-changed.ts, replace-folder.ts).
 */
import { constants } from 'node:fs';
import { copyFile, link, lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Hard-links `from` to `to` (a new name); copies it when the two cannot share an inode. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') {
      throw error;
    }
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/**
 * Writes `bytes` as the new file `to` — or, when `reuse` (the same place in the live release)
 * holds exactly these bytes, links it. Returns true when reused. `to` must not exist.
 */
export async function placeFile(
  to: string,
  bytes: string | Buffer,
  reuse: string | undefined,
): Promise<boolean> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  if (reuse) {
    const info = await lstat(reuse).catch(() => null);
    if (info?.isFile() && info.size === data.length && (await readFile(reuse)).equals(data)) {
      await linkOrCopy(reuse, to);
      return true;
    }
  }
  await writeFile(to, data, { flag: 'wx', mode: 0o644 });
  return false;
}

/**
 * Makes `file` (just written) a hard link to `older` when the two hold the same bytes: a new
 * link under a temporary name renamed over it, so the name is never missing. True when shared.
 */
export async function shareIfSame(
  file: string,
  older: string,
  /** `named`: the name is a hash of the bytes (Pagefind's): the same size is enough. */
  { named = false } = {},
): Promise<boolean> {
  const [a, b] = await Promise.all([lstat(file), lstat(older).catch(() => null)]);
  if (!b?.isFile() || a.size !== b.size || a.ino === b.ino) return a.ino === b?.ino;
  if (!named) {
    const [x, y] = await Promise.all([readFile(file), readFile(older)]);
    if (!x.equals(y)) return false;
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.link`);
  try {
    await link(older, temp);
    await rename(temp, file);
    return true;
  } catch {
    await rm(temp, { force: true });
    return false;
  }
}
