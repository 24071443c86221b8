import { chmod, lstat, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from './pool.ts';

/**
 * Replaces `target` all-or-nothing: `fill` writes into a fresh temporary folder next to it,
 * which is swapped in by two renames, so a reader (or a CDN pulling the folder) sees the old
 * content or the new, never half of it. The generator, the feeds and the search index all write
 * this way.
 *
 * - Until the swap, any failure leaves the old folder as it was and removes the temporary one:
 *   a command that fails has changed nothing. After the swap the new content is live, so failing
 *   to delete the old copy (read-only files) is a warning naming it and the command to delete it.
 * - The temporary folders are `.NAME.tmp-PID-XXXXXX` (and `…-old`): a run that was killed leaves
 *   one behind, and the next run deletes it when no process of that id is alive any more, and
 *   refuses (names the process) when one is, since it may still be writing.
 * - What is written is world-readable: folders 0755, files 0644, whatever the umask (mkdtemp
 *   makes 0700 folders, which a web server running as another user, such as nginx's `nobody`
 *   workers, cannot read).
 */
export interface ReplaceOptions {
  warn?: (message: string) => void;
  /** How the old copy is deleted after the swap (tests make it fail, as read-only files do). */
  removeOld?: (dir: string) => Promise<void>;
}

const defaultWarn = (message: string) => console.warn(`Cảnh báo: ${message}`);

export async function replaceFolder(
  target: string,
  fill: (temp: string) => Promise<void>,
  {
    warn = defaultWarn,
    removeOld = (dir) => rm(dir, { recursive: true, force: true }),
  }: ReplaceOptions = {},
): Promise<void> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const base = path.basename(target);
  const busy = await clearLeftovers(parent, warn, base);
  if (busy.length > 0) {
    throw new Error(
      `${target}: một lần chạy khác (tiến trình ${busy.map((b) => b.pid).join(', ')}) đang ghi vào ` +
        `đây — hãy đợi nó xong; nếu không còn chạy: ${removeCommand(busy[0]?.path ?? '')}`,
    );
  }
  const temp = await mkdtemp(path.join(parent, `.${base}.tmp-${process.pid}-`));
  const old = `${temp}-old`;
  try {
    await fill(temp);
    await makeReadable(temp);
    let moved = false;
    try {
      await rename(target, old);
      moved = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      await rename(temp, target);
    } catch (error) {
      if (moved) await rename(old, target);
      throw error;
    }
    if (moved) {
      await removeOld(old).catch((error: Error) =>
        warn(
          `đã thay ${target}, nhưng không xoá được bản cũ ${old} (${error.message}); ` +
            `hãy xoá: ${removeCommand(old)}`,
        ),
      );
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
}

/** The exact shell command that removes `dir` (quoted for sh). */
export function removeCommand(dir: string): string {
  return `rm -rf -- '${dir.replace(/'/g, `'\\''`)}'`;
}

// `.NAME.tmp-PID-XXXXXX[-old]`; the form without PID is what earlier versions wrote.
const TEMP_NAME = /^\.(.+)\.tmp-(?:(\d+)-)?[A-Za-z0-9]{6}(?:-old)?$/;

/** Whether `name` is one of replaceFolder's temporary folders (of any target). */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the temporary folders that interrupted runs left in `dir` (only those of `base` when
 * given). Returns those whose process still runs: they may be in use and are kept. A leftover
 * that cannot be deleted is a warning with the command to delete it, not a reason to stop.
 */
export async function clearLeftovers(
  dir: string,
  warn: (message: string) => void,
  base?: string,
): Promise<{ path: string; pid: number }[]> {
  const busy: { path: string; pid: number }[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return busy;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || (base !== undefined && match[1] !== base)) continue;
    const full = path.join(dir, name);
    const pid = match[2] === undefined ? undefined : Number(match[2]);
    if (pid !== undefined && isAlive(pid)) {
      busy.push({ path: full, pid });
      continue;
    }
    await rm(full, { recursive: true, force: true }).catch((error: Error) =>
      warn(
        `không xoá được thư mục tạm còn sót ${full} (${error.message}); hãy xoá: ${removeCommand(full)}`,
      ),
    );
  }
  return busy;
}

/** Folders 0755, files 0644: readable by a web server running as another user. */
async function makeReadable(root: string): Promise<void> {
  const dirs = [root];
  const files: string[] = [];
  for (let i = 0; i < dirs.length; i++) {
    const dir = dirs[i] as string;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      (entry.isDirectory() ? dirs : files).push(path.join(dir, entry.name));
    }
  }
  await mapLimit(dirs, 32, (dir) => chmod(dir, 0o755));
  // Only where needed: a file may be a hard link shared with a live release (publish).
  await mapLimit(files, 32, async (file) => {
    if (((await lstat(file)).mode & 0o777) !== 0o644) await chmod(file, 0o644);
  });
}

/**
 * Refuses to replace `target` while it holds entries `ours` does not recognise: this command
 * did not write them, and replacing the folder would delete them. A missing folder is fine.
 */
export async function refuseForeign(
  target: string,
  ours: (name: string) => boolean,
  what: string,
): Promise<void> {
  let names: string[];
  try {
    names = await readdir(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const foreign = names.filter((name) => !ours(name));
  if (foreign.length > 0) {
    throw new Error(
      `${target} chứa tệp không phải ${what} (${foreign.slice(0, 5).join(', ')}); ` +
        'không ghi đè — hãy chuyển chúng đi hoặc xoá thư mục này',
    );
  }
}
