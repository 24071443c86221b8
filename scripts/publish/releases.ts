/**
 * Releases and the switch between them, as Capistrano and most static hosts do it:
 *
 *   SITE               → a symlink, the web root nginx serves (`root SITE;`)
 *   SITE.releases/
 *     2025-01-05T10-15-00-123Z/     one complete version each: app, data, search, feeds
 *     .building-…/                  a version being built (never served, never rolled back to)
 *     .lock                         the publish running now
 *
 * A new version is built beside the live one and switched in by renaming a new symlink over
 * SITE: rename(2) is atomic, so every request sees the old version or the new one, whole.
 */
import {
  chmod,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  rmdir,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';

export class PublishError extends Error {}

/** Release names: a UTC time, sortable as text (`2025-01-05T10-15-00-123Z`). */
export const RELEASE_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

/**
 * A name that sorts after every existing release, even when the clock went back (rollback
 * and pruning go by this order).
 */
export function releaseName(existing: string[], now = Date.now()): string {
  const last = existing.at(-1);
  const lastMs = last ? Date.parse(last.replace(/T(\d\d)-(\d\d)-(\d\d)-/, 'T$1:$2:$3.')) : 0;
  return new Date(Math.max(now, lastMs + 1)).toISOString().replace(/[:.]/g, '-');
}

export function releasesDir(site: string): string {
  return `${path.resolve(site)}.releases`;
}

/** The release SITE points at now (its name), null when SITE does not exist yet. */
export async function liveRelease(site: string): Promise<string | null> {
  const target = path.resolve(site);
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(target);
  } catch {
    return null;
  }
  if (info.isSymbolicLink()) {
    const pointsAt = path.resolve(path.dirname(target), await readlink(target));
    if (
      path.dirname(pointsAt) === releasesDir(site) &&
      RELEASE_NAME.test(path.basename(pointsAt))
    ) {
      return path.basename(pointsAt);
    }
    throw new PublishError(
      `${site} là liên kết tới ${pointsAt}, không phải một bản trong ${releasesDir(site)}: ` +
        'hãy xoá liên kết đó (rm) hoặc chọn --out khác',
    );
  }
  if (info.isDirectory() && (await readdir(target)).length === 0) {
    await rmdir(target); // an empty folder made ahead of time: nothing is served from it
    return null;
  }
  throw new PublishError(
    `${site} đã có và không phải liên kết do publish tạo ra: chuyển nó đi (mv ${site} ${site}.cu) ` +
      'rồi chạy lại, hoặc chọn --out khác',
  );
}

/** Complete releases, oldest first. */
export async function releases(site: string): Promise<string[]> {
  const names = await readdir(releasesDir(site)).catch(() => [] as string[]);
  return names.filter((name) => RELEASE_NAME.test(name)).sort();
}

/** Points SITE at `name` in one step (a new symlink renamed over the old one). */
export async function switchTo(site: string, name: string): Promise<void> {
  const target = path.resolve(site);
  const temp = `${target}.switch-${process.pid}`;
  await rm(temp, { force: true });
  // Relative, so that the pair keeps working when their folder is moved or mounted elsewhere.
  await symlink(path.join(path.basename(releasesDir(site)), name), temp);
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Removes every release but `keep` (the live one and the one before it) and any leftover of
 * a publish that was interrupted. Returns the names removed.
 */
export async function prune(site: string, keep: Array<string | null>): Promise<string[]> {
  const dir = releasesDir(site);
  const removed: string[] = [];
  for (const name of await readdir(dir)) {
    const old = RELEASE_NAME.test(name) && !keep.includes(name);
    if (old || name.startsWith('.building-')) {
      await rm(path.join(dir, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

/** One publish at a time per site: a second one would switch under the first. */
export async function lock(site: string): Promise<() => Promise<void>> {
  const dir = releasesDir(site);
  await mkdir(dir, { recursive: true });
  // Whatever the umask: the web server's user must enter it to reach the live release.
  await chmod(dir, 0o755);
  const file = path.join(dir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (pid && isAlive(pid)) {
        throw new PublishError(`một lần publish khác đang chạy cho ${site} (pid ${pid})`);
      }
      await rm(file, { force: true }); // left by a publish that was killed
    }
  }
  throw new PublishError(`không khoá được ${file}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
