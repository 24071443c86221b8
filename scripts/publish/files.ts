/**
 * File work for `npm run publish`: making a release readable by the web server's user whatever
 * this process's umask (or a helper's mkdtemp, mode 700) left. Copying in: tree.ts.
 */
import { constants } from 'node:fs';
import { access, chmod, lstat, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../lib/pool.ts';

/**
 * Folders 755, files 644, everything under `root`: the web server runs as another user
 * (www-data, nobody) and must read every file and enter every folder.
 */
export async function makeReadable(root: string): Promise<number> {
  let changed = 0;
  const walk = async (dir: string): Promise<void> => {
    await chmod(dir, 0o755);
    const entries = await readdir(dir, { withFileTypes: true });
    await mapLimit(entries, 64, async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      if (!entry.isFile()) return;
      const { mode } = await lstat(full);
      if ((mode & 0o777) !== 0o644) {
        await chmod(full, 0o644);
        changed++;
      }
    });
  };
  await walk(root);
  return changed;
}

/**
 * The folders above `dir` that other users cannot enter (no `x` for others): the web server's
 * user could then not reach the site although every file in it is readable. Not changed here
 * (they are not ours): the publish names them.
 */
export async function closedAncestors(dir: string): Promise<string[]> {
  const closed: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) closed.push(current);
    const parent = path.dirname(current);
    if (parent === current) return closed.reverse();
    current = parent;
  }
}

/** True when `file` exists and is a file. */
export async function isFile(file: string): Promise<boolean> {
  try {
    await access(file, constants.R_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Makes `dir` (the folder --out goes in) when it does not exist, every folder made 755 whatever
 * the umask: made 700 (umask 077), the web server's user could not enter it.
 */
export async function makeParent(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (!first) return;
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    await chmod(at, 0o755);
    if (at === path.resolve(first) || at === path.dirname(at)) break;
  }
}
