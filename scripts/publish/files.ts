/**
 * File work for `npm run publish`: making a release readable by the web server's user whatever
 * this process's umask (or a helper's mkdtemp, mode 700) left. Copying in: tree.ts.
 */
import { chmodSync, constants, lstatSync, readdirSync } from 'node:fs';
import { access, chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Folders 755, files 644, everything under `root`: the web server runs as another user
 * (www-data, nobody) and must read every file and enter every folder.
 *
 * Synchronous on purpose: it runs alone, after every writer, and walks a whole release (at
 * 20 000 articles ~32 000 folders and ~84 000 files). One call at a time in this thread took
 * 0.7 s; the same calls sent through the thread pool, 64 at a time, 2.2 s.
 */
export async function makeReadable(root: string): Promise<number> {
  let changed = 0;
  const walk = (dir: string): void => {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && (lstatSync(full).mode & 0o777) !== 0o644) {
        chmodSync(full, 0o644);
        changed++;
      }
    }
  };
  walk(root);
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
