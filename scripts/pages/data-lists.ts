import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { parseDataJson } from '../../src/shared/contract/json.ts';
import type { DataFiles } from './data-files.ts';

export type Warn = (message: string) => void;

/**
 * A data file above this is not drawn: its page is skipped with a warning naming the file, and
 * the browser draws it from the shell (the app reads files up to 8 MB). Measured: drawing the
 * page of a 7.5 MB article took ~130 MB of heap (sanitised body, markup, carried state), so
 * four at once ran a 384 MB drawing process out of memory; at 2 MB four at once fit. Should a
 * process die anyway, draw-pages.ts redraws around it.
 */
export const MAX_DRAWN_BYTES = 2 * 1024 * 1024;

export const tooLarge = (file: string, bytes: number) =>
  `${file}: ${(bytes / 1024 / 1024).toFixed(1)} MB, quá lớn để vẽ trước (tối đa ` +
  `${MAX_DRAWN_BYTES / 1024 / 1024} MB) — bỏ qua trang của nó (trình duyệt sẽ tự vẽ)`;

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const where = issue?.path?.map((item) => String(item.key)).join('.');
  return where ? `${where}: ${issue?.message}` : (issue?.message ?? 'không hợp lệ');
}

/**
 * The data's documents as `build:pages` lists its pages from them: each read and checked once,
 * and everything the app would leave out named in one warning — a broken or oversized file, and
 * each item of its list that breaks the contract (the app's `listOf` drops those silently).
 */
export class DataLists {
  private readonly docs = new Map<string, Promise<unknown>>();

  constructor(
    readonly data: DataFiles,
    readonly warn: Warn,
  ) {}

  /** The document `name` through `schema`, or null (missing: no warning; broken: one). */
  doc<T extends v.GenericSchema>(
    name: string,
    schema: T,
    list?: { key: string; item: v.GenericSchema },
  ): Promise<v.InferOutput<T> | null> {
    let pending = this.docs.get(name);
    if (!pending) {
      pending = this.read(name, schema, list);
      this.docs.set(name, pending);
    }
    return pending as Promise<v.InferOutput<T> | null>;
  }

  private async read(
    name: string,
    schema: v.GenericSchema,
    list?: { key: string; item: v.GenericSchema },
  ): Promise<unknown> {
    const bytes = await this.data.read(name);
    if (!bytes) return null;
    if (bytes.length > MAX_DRAWN_BYTES) {
      this.warn(tooLarge(name, bytes.length));
      return null;
    }
    let raw: unknown;
    try {
      raw = parseDataJson(bytes.toString('utf8'));
    } catch {
      this.warn(`${name}: không phải JSON hợp lệ — bỏ qua các trang của nó`);
      return null;
    }
    const result = v.safeParse(schema, raw);
    if (!result.success) {
      this.warn(`${name}: không đúng hợp đồng dữ liệu (${issueText(result.issues)}) — bỏ qua`);
      return null;
    }
    const items = list && (raw as Record<string, unknown>)[list.key];
    if (list && Array.isArray(items)) {
      items.forEach((item, index) => {
        const checked = v.safeParse(list.item, item);
        if (!checked.success) {
          this.warn(`${name}: ${list.key}.${index}: ${issueText(checked.issues)} — bỏ qua mục này`);
        }
      });
    }
    return result.output;
  }

  /**
   * The plain files of folder `dir` (relative to the data folder) whose names match `pattern`:
   * a symbolic link is never followed (it could lead out of the folder), nor is a linked folder.
   */
  async files(dir: string, pattern: RegExp): Promise<string[]> {
    const full = path.join(this.data.folder, ...dir.split('/'));
    const info = await lstat(full).catch(() => null);
    if (!info) return [];
    if (!info.isDirectory()) {
      this.warn(`${dir}: không phải thư mục thật (liên kết?) — bỏ qua`);
      return [];
    }
    const out: string[] = [];
    for (const entry of await readdir(full, { withFileTypes: true })) {
      if (!pattern.test(entry.name)) continue;
      if (entry.isFile()) out.push(entry.name);
      else if (entry.isSymbolicLink()) this.warn(`${dir}/${entry.name}: liên kết — bỏ qua`);
    }
    return out.sort();
  }
}
