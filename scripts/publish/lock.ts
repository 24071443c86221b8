/**
 * One publish (or rollback) at a time per site: a second one would switch under the first.
 *
 * The lock is `SITE.releases/.lock`, holding the owner's pid. It is created whole and at once:
 * written under a name of its own, then hard-linked to `.lock` — link(2) fails when `.lock`
 * exists, so exactly one of any number of publishes started together gets it (an open with
 * `wx` followed by a write left a moment in which `.lock` existed and was empty: a second
 * publish read no pid, took the lock for stale and removed it — 2 of 8 trials both ran).
 * A lock is stale only when the pid it names is gone; breaking it is itself serialised (a
 * `.lock.break` folder, mkdir(2) being atomic) and re-reads the lock first, so that two
 * publishes finding the same stale lock cannot both take over.
 */
import { link, mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PublishError } from './errors.ts';

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ownerOf = async (file: string) =>
  Number((await readFile(file, 'utf8').catch(() => '')).trim()) || 0;

/** Takes `dir/.lock` or throws PublishError naming the publish that holds it. */
export async function takeLock(dir: string, site: string): Promise<() => Promise<void>> {
  const file = path.join(dir, '.lock');
  const mine = path.join(dir, `.lock.${process.pid}`);
  await writeFile(mine, `${process.pid}\n`, { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(mine, file);
        return async () => {
          // Only ever our own lock: never one another publish took after a break.
          if ((await ownerOf(file)) === process.pid) await rm(file, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const pid = await ownerOf(file);
      if (isAlive(pid)) {
        throw new PublishError(`một lần publish khác đang chạy cho ${site} (pid ${pid})`);
      }
      await breakStale(dir, file, pid);
    }
    throw new PublishError(`không khoá được ${file}`);
  } finally {
    await rm(mine, { force: true });
  }
}

/** Removes `file` if it still names the dead `pid`, one breaker at a time. */
async function breakStale(dir: string, file: string, pid: number): Promise<void> {
  const breaker = path.join(dir, '.lock.break');
  try {
    await mkdir(breaker);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another publish is breaking it now; a breaker left by a killed one is old.
    const age =
      Date.now() -
      (await stat(breaker).then(
        (s) => s.mtimeMs,
        () => Date.now(),
      ));
    if (age > 10_000) await rmdir(breaker).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    return;
  }
  try {
    const now = await ownerOf(file);
    if (now === pid && !isAlive(now)) await rm(file, { force: true });
  } finally {
    await rmdir(breaker).catch(() => {});
  }
}
