import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces `target` all-or-nothing: `fill` writes into a fresh temporary folder next to it,
 * which is swapped in by two renames, so a reader (or a CDN pulling the folder) sees the old
 * content or the new, never half of it. On any failure the old folder stays as it was and the
 * temporary one is removed. The generator, the feeds and the search index all write this way.
 */
export async function replaceFolder(
  target: string,
  fill: (temp: string) => Promise<void>,
): Promise<void> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-`));
  const old = `${temp}-old`;
  try {
    await fill(temp);
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
    if (moved) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
