/** Shared by the generator tests: temp folders, export writing and tree reading. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as files from '../src/shared/urls/data-files.ts';

export async function tempDir(prefix = 'build-api-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

/** Every file under `dir`, by path relative to it (with `/`), with its text. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else
        out.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full, 'utf8'));
    }
  };
  await walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface ExportInput {
  site?: unknown;
  categories?: unknown;
  contacts?: unknown;
  /** file name (without .json) → content */
  articles?: Record<string, unknown>;
}

export const SITE = {
  name: 'Ủy ban nhân dân Quận 1',
  shortName: 'Quận 1',
  timeZone: 'Asia/Ho_Chi_Minh',
};

export function article(id: string, category: string, publishedAt: string, extra = {}) {
  return { id, title: `Bài ${id}`, publishedAt, category, body: `<p>${id}</p>`, ...extra };
}

/** Writes an export folder; anything not given gets a small valid default. */
export async function writeExport(dir: string, input: ExportInput): Promise<string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await mkdir(path.join(dir, files.ARTICLES), { recursive: true });
  await writeFile(path.join(dir, files.site()), json(input.site ?? SITE));
  await writeFile(
    path.join(dir, files.categories()),
    json(input.categories ?? { categories: [{ slug: 'tin-tuc', name: 'Tin tức', parent: null }] }),
  );
  await writeFile(
    path.join(dir, files.contacts()),
    json(input.contacts ?? { updatedAt: '2007-12-17', groups: [] }),
  );
  for (const [name, content] of Object.entries(input.articles ?? {})) {
    await writeFile(path.join(dir, ...files.article(name).split('/')), json(content));
  }
  return dir;
}
