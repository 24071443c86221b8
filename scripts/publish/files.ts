/**
 * File work for `npm run publish`: copying into a release, and making a release readable by
 * the web server's user whatever this process's umask (or a helper's mkdtemp, mode 700) left.
 */
import { constants } from 'node:fs';
import { access, chmod, cp, lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../lib/pool.ts';

/** Files and folders copied, in `dir`, recursively. */
export async function countFiles(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    count += entry.isDirectory() ? await countFiles(path.join(dir, entry.name)) : 1;
  }
  return count;
}

/**
 * Copies `from` into `to` (which must not exist), leaving out what `skip` names: a path
 * relative to `from`, with `/` separators. Dot files and folders are never copied: the build
 * manifest (`.vite/`), editor and VCS leftovers, half-written `.tmp` folders of a generator.
 */
export async function copyTree(
  from: string,
  to: string,
  skip: (relative: string) => boolean = () => false,
): Promise<number> {
  await cp(from, to, {
    recursive: true,
    errorOnExist: true,
    force: false,
    // A symlink in a build or a data folder is copied as the file it points at: the release
    // must not depend on anything outside itself.
    dereference: true,
    filter: (source) => {
      const relative = path.relative(from, source).split(path.sep).join('/');
      if (relative === '') return true;
      if (relative.split('/').some((part) => part.startsWith('.'))) return false;
      return !skip(relative);
    },
  });
  return countFiles(to);
}

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
