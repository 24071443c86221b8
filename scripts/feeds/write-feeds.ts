/**
 * Replaces DIR/feeds as a whole: the new feeds are written into a temporary folder next to
 * it, then swapped in by two renames. A reader (or a CDN pulling the folder) sees the old set
 * or the new one, never a half-written feed; a failure leaves the old set in place.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceFolder } from '../lib/replace-folder.ts';

async function assertOurs(target: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const foreign = names.filter((name) => !name.endsWith('.xml'));
  if (foreign.length > 0) {
    throw new Error(
      `${target} chứa tệp không phải tin Atom (${foreign.slice(0, 5).join(', ')}); không ghi đè`,
    );
  }
}

export async function writeFeedsAtomically(
  target: string,
  files: Map<string, string>,
): Promise<void> {
  await assertOurs(target);
  await replaceFolder(target, async (temp) => {
    await Promise.all([...files].map(([name, text]) => writeFile(path.join(temp, name), text)));
  });
}
