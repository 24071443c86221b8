/**
 * Releases and the switch between them, as Capistrano and most static hosts do it:
 *
 *   SITE               → a symlink, the web root nginx serves (`root SITE;`)
 *   SITE.releases/
 *     2025-01-05T10-15-00-123Z/     one complete version each: app, data, search, feeds
 *     .building-…-PID/              a version being built (never served, never rolled back to)
 *     .pruned-…/                    an old version taken out by the last publish, deleted by the next
 *     .lock                         the publish running now (lock.ts)
 *
 * A new version is built beside the live one and switched in by renaming a new symlink over
 * SITE: rename(2) is atomic, so every request sees the old version or the new one, whole.
 */
import { spawn } from 'node:child_process';
import {
  chmod,
  lstat,
  mkdir,
  readdir,
  readlink,
  rename,
  rm,
  rmdir,
  symlink,
} from 'node:fs/promises';
import path from 'node:path';
import { PublishError } from './errors.ts';
import { isAlive, takeLock } from './lock.ts';

export { PublishError } from './errors.ts';

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

/** `.building-NAME-PID`: a release being built by process PID. */
export const buildingName = (name: string, pid = process.pid) => `.building-${name}-${pid}`;

/**
 * What interrupted runs left in the releases folder: half-built releases (`.building-…`) and
 * lock drafts (`.lock.PID`) whose process is gone. A folder whose process still runs is kept
 * (it may still be writing there). Returns the names removed.
 */
export async function clearLeftovers(site: string): Promise<string[]> {
  const dir = releasesDir(site);
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const match = /^\.building-.*?(?:-(\d+))?$|^\.lock\.(\d+)$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1] ?? match[2] ?? 0);
    if (pid === process.pid || isAlive(pid)) continue;
    await rm(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Takes every release but `keep` (the live one and the one before it) out of the releases:
 * renamed to `.pruned-NAME` (one rename each, so the switch is not kept waiting while ~70 000
 * names are unlinked), to be deleted by `sweepPruned` — the next publish does that beside its
 * own work. Also removes what interrupted publishes left. Returns the release names taken out.
 */
export async function prune(site: string, keep: Array<string | null>): Promise<string[]> {
  const dir = releasesDir(site);
  const removed: string[] = [];
  for (const name of await readdir(dir)) {
    if (RELEASE_NAME.test(name) && !keep.includes(name)) {
      await rename(path.join(dir, name), path.join(dir, `${PRUNED}${name}`)).catch(() =>
        rm(path.join(dir, name), { recursive: true, force: true }),
      );
      removed.push(name);
    }
  }
  return [...removed, ...(await clearLeftovers(site))];
}

/** The prefix of a release taken out by prune, waiting to be deleted. */
export const PRUNED = '.pruned-';

/**
 * Deletes the releases prune took out (`.pruned-…`), in a process of its own (`rm -rf`): the
 * unlinking goes on beside a publish's steps without taking the thread pool their file reads
 * use. Nothing reads those folders any more: neither served nor rolled back to, and a new
 * release links the live one's files, never theirs. Returns the names deleted.
 */
export async function sweepPruned(site: string): Promise<string[]> {
  const dir = releasesDir(site);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) =>
    name.startsWith(PRUNED),
  );
  if (names.length === 0) return [];
  const folders = names.map((name) => path.join(dir, name));
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('rm', ['-rf', '--', ...folders], { stdio: 'ignore' });
    child.on('error', () => resolve(null));
    child.on('exit', (exit) => resolve(exit));
  });
  // No rm (or it failed): deleted here, and a failure says why.
  if (code !== 0) {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  }
  return names.map((name) => name.slice(PRUNED.length));
}

/** One publish at a time per site (lock.ts). */
export async function lock(site: string): Promise<() => Promise<void>> {
  const dir = releasesDir(site);
  await mkdir(dir, { recursive: true });
  // Whatever the umask: the web server's user must enter it to reach the live release.
  await chmod(dir, 0o755);
  return takeLock(dir, site);
}
