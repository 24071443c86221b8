/**
 * Replaces DIR/feeds as a whole: the new feeds are written into a temporary folder next to
 * it, then swapped in by two renames. A reader (or a CDN pulling the folder) sees the old set
 * or the new one, never a half-written feed; a failure leaves the old set in place.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { refuseForeign, replaceFolder } from '../lib/replace-folder.ts';

export async function writeFeedsAtomically(
  target: string,
  files: Map<string, string>,
): Promise<void> {
  await refuseForeign(target, (name) => name.endsWith('.xml'), 'tin Atom');
  await replaceFolder(target, async (temp) => {
    await Promise.all([...files].map(([name, text]) => writeFile(path.join(temp, name), text)));
  });
}
