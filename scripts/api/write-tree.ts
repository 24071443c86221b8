/**
 * Writes a tree all-or-nothing: everything goes into a fresh temporary folder next to the
 * target (same file system), which is then renamed into place. A failure at any point leaves
 * the previous output untouched and removes the temporary folder.
 */
import { lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../lib/pool.ts';
import { replaceFolder } from '../lib/replace-folder.ts';

/** The only entries the generator ever writes: a folder holding anything else is not ours. */
const OWN_ENTRIES = new Set([
  'site.json',
  'categories.json',
  'contacts.json',
  'categories',
  'articles',
  'archive',
  'feeds',
  'search', // written right after by scripts/build-search.ts
]);

async function assertReplaceable(target: string): Promise<void> {
  let stats: Awaited<ReturnType<typeof lstat>>;
  try {
    stats = await lstat(target);
  } catch {
    return; // does not exist yet
  }
  if (!stats.isDirectory()) throw new Error(`${target} đã tồn tại và không phải thư mục`);
  const foreign = (await readdir(target)).filter((name) => !OWN_ENTRIES.has(name));
  if (foreign.length > 0) {
    throw new Error(
      `${target} chứa tệp không do trình tạo sinh ra (${foreign.slice(0, 5).join(', ')}); ` +
        'không ghi đè — hãy chọn thư mục khác hoặc xoá thư mục này',
    );
  }
}

async function writeAll(root: string, files: Map<string, string>): Promise<void> {
  const dirs = new Set<string>();
  for (const file of files.keys()) dirs.add(path.dirname(file));
  for (const dir of [...dirs].sort()) await mkdir(path.join(root, dir), { recursive: true });
  await mapLimit([...files], 32, ([file, text]) => writeFile(path.join(root, file), text));
}

export async function writeTreeAtomically(
  outDir: string,
  files: Map<string, string>,
): Promise<void> {
  const target = path.resolve(outDir);
  await assertReplaceable(target);
  await replaceFolder(target, (temp) => writeAll(temp, files));
}
