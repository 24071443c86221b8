/**
 * Writes a tree all-or-nothing: everything goes into a fresh temporary folder next to the
 * target (same file system), which is then renamed into place. A failure at any point leaves
 * the previous output untouched and removes the temporary folder.
 */
import { lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as files from '../../src/shared/urls/data-files.ts';
import { placeFile } from '../lib/place-file.ts';
import { mapLimit } from '../lib/pool.ts';
import {
  clearLeftovers,
  isTempName,
  type ReplaceOptions,
  replaceFolder,
} from '../lib/replace-folder.ts';

/** The only entries the generator ever writes: a folder holding anything else is not ours. */
// The search index is written right after, by scripts/build-search.ts.
const OWN_ENTRIES = new Set<string>(files.TOP_LEVEL);

type Warn = (message: string) => void;

async function assertReplaceable(target: string, warn: Warn): Promise<void> {
  let stats: Awaited<ReturnType<typeof lstat>>;
  try {
    stats = await lstat(target);
  } catch {
    return; // does not exist yet
  }
  if (!stats.isDirectory()) throw new Error(`${target} đã tồn tại và không phải thư mục`);
  // A `.search.tmp-*` or `.feeds.tmp-*` left by a killed build:search or build:feeds is ours:
  // deleted, unless its process still runs (then it is writing into this folder right now).
  const busy = await clearLeftovers(target, warn);
  if (busy.length > 0) {
    throw new Error(
      `${target}: tiến trình ${busy.map((b) => b.pid).join(', ')} đang ghi vào thư mục này ` +
        '(build:search hoặc build:feeds) — hãy đợi nó xong rồi chạy lại',
    );
  }
  const foreign = (await readdir(target)).filter(
    (name) => !OWN_ENTRIES.has(name) && !isTempName(name),
  );
  if (foreign.length > 0) {
    throw new Error(
      `${target} chứa tệp không do trình tạo sinh ra (${foreign.slice(0, 5).join(', ')}); ` +
        'không ghi đè — hãy chọn thư mục khác hoặc xoá thư mục này',
    );
  }
}

/**
 * Writes every file; with `reuseFrom` (the same tree as published before), a file whose bytes
 * are already there is hard-linked from it instead (publish's incremental release). Returns
 * how many were reused.
 */
async function writeAll(
  root: string,
  files: Map<string, string>,
  reuseFrom?: string,
): Promise<number> {
  const dirs = new Set<string>();
  for (const file of files.keys()) dirs.add(path.dirname(file));
  for (const dir of [...dirs].sort()) await mkdir(path.join(root, dir), { recursive: true });
  let reused = 0;
  await mapLimit([...files], 32, async ([file, text]) => {
    if (!reuseFrom) return writeFile(path.join(root, file), text);
    if (await placeFile(path.join(root, file), text, path.join(reuseFrom, file))) reused++;
  });
  return reused;
}

/**
 * `finish` runs on the complete temporary tree before it is swapped in (build:api builds the
 * search index there), so that a failure of any step leaves the previous output as it was.
 */
export async function writeTreeAtomically(
  outDir: string,
  files: Map<string, string>,
  finish: (temp: string) => Promise<void> = async () => {},
  options: ReplaceOptions & { reuseFrom?: string } = {},
): Promise<number> {
  const target = path.resolve(outDir);
  await assertReplaceable(
    target,
    options.warn ?? ((message) => console.warn(`Cảnh báo: ${message}`)),
  );
  let reused = 0;
  await replaceFolder(
    target,
    async (temp) => {
      reused = await writeAll(temp, files, options.reuseFrom);
      await finish(temp);
    },
    options,
  );
  return reused;
}
