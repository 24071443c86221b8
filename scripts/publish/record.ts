/**
 * What a release was made from, kept beside it (`.publish.json`, a dot file: never served,
 * never copied): for the search index and the feeds, the code that made them and every data
 * file they read, with a hash of its bytes. The next publish reuses a product of the live
 * release (hard links) when all of these are the same, and builds it again otherwise — as
 * build:pages does per page with `.pages.json`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIfChanged } from '../pages/write-if-changed.ts';

export const PUBLISH_RECORD = '.publish.json';

export interface ProductRecord {
  /** The code (and options) that made it. */
  key: string;
  /** Data file (relative to api/) → hash of its bytes, 'missing' when it was not there. */
  inputs: Record<string, string>;
  /** What it warned about, said again when it is reused. */
  warnings: string[];
  /** Its own files (relative to its folder): what a later release carries or links. */
  files: string[];
}

export interface PublishRecord {
  search?: ProductRecord;
  feeds?: ProductRecord;
  /**
   * Index files of the release before, kept under api/search/ for its readers (hashed names
   * the new index lacks): removed from this release once that one is pruned.
   */
  carried?: string[];
}

export const hashBytes = (bytes: Buffer | string) => createHash('sha1').update(bytes).digest('hex');

export async function readPublishRecord(release: string | null): Promise<PublishRecord> {
  if (!release) return {};
  try {
    const record = JSON.parse(await readFile(path.join(release, PUBLISH_RECORD), 'utf8'));
    return record && typeof record === 'object' ? (record as PublishRecord) : {};
  } catch {
    return {};
  }
}

export async function writePublishRecord(release: string, record: PublishRecord): Promise<void> {
  await writeIfChanged(path.join(release, PUBLISH_RECORD), `${JSON.stringify(record)}\n`);
}

/** A recorder of the data files a product reads: name → hash of the bytes read. */
export class Inputs {
  readonly read = new Map<string, string>();
  note(file: string, bytes: Buffer | null): void {
    this.read.set(file, bytes ? hashBytes(bytes) : 'missing');
  }
  toJSON(): Record<string, string> {
    return Object.fromEntries([...this.read].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/** True when `before` was made by the same code from data files with the same bytes. */
export async function unchanged(
  apiDir: string,
  before: ProductRecord | undefined,
  key: string,
): Promise<boolean> {
  if (!before || before.key !== key || !Array.isArray(before.files)) return false;
  const entries = Object.entries(before.inputs ?? {});
  let same = true;
  const lanes = Array.from({ length: 16 }, async () => {
    while (same && entries.length > 0) {
      const [file, hash] = entries.pop() as [string, string];
      const bytes = await readFile(path.join(apiDir, file)).catch(() => null);
      if ((bytes ? hashBytes(bytes) : 'missing') !== hash) same = false;
    }
  });
  await Promise.all(lanes);
  return same;
}

/** A hash of the sources in `dirs` (relative to the project) and of `extra` options. */
export async function codeKey(dirs: string[], ...extra: string[]): Promise<string> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const full = path.join(root, dir);
    const names = path.extname(dir)
      ? [full]
      : (await readdir(full))
          .filter((n) => /\.(ts|mjs)$/.test(n) && !n.includes('.test.'))
          .sort()
          .map((n) => path.join(full, n));
    for (const name of names) hash.update(name.slice(root.length)).update(await readFile(name));
  }
  for (const part of extra) hash.update('\0').update(part);
  return hash.digest('hex');
}

/**
 * Removes from `release` (now the one before the live one) the index files it carried for the
 * release before it, which prune has just deleted: nobody reads that version any more.
 */
export async function dropCarried(release: string): Promise<number> {
  const record = await readPublishRecord(release);
  const carried = record.carried ?? [];
  if (carried.length === 0) return 0;
  for (const file of carried) {
    if (file.split('/').includes('..')) continue;
    await rm(path.join(release, 'api', 'search', file), { force: true });
  }
  await writePublishRecord(release, { ...record, carried: [] });
  return carried.length;
}
