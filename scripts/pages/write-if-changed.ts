import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `file` unless it already holds exactly them: an unchanged page keeps its
 * file (and its date), so an rsync or a CDN upload sends only what changed. A changed file is
 * written beside it and renamed over it, so a reader gets the old page or the new, never half.
 * Readable by the web server's user whatever the umask (0644).
 */
export async function writeIfChanged(file: string, bytes: string | Buffer): Promise<boolean> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const old = await readFile(file).catch(() => null);
  if (old?.equals(data)) return false;
  await mkdir(path.dirname(file), { recursive: true, mode: 0o755 });
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data, { mode: 0o644 });
    await chmod(temp, 0o644);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return true;
}
