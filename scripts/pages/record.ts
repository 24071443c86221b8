import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeIfChanged } from './write-if-changed.ts';

/** Beside the pages, not served (nginx and the test server refuse dot files). */
export const RECORD_FILE = '.pages.json';

export interface PageRecord {
  /** The page's file, relative to the build folder. */
  file: string;
  /** Every data file the page read when it was drawn, with a hash of its bytes. */
  inputs: Record<string, string>;
  lastmod?: string;
}

export interface RunRecord {
  /** The app, the shell, the site's address and the layout's files, hashed together. */
  run: string;
  pages: Record<string, PageRecord>;
}

/**
 * The app's not-found page, drawn as `404.html` (§6 v3): the server answers a prerendered
 * route's URL that has no file with it, status 404. No route of the data has this address.
 */
export const NOT_FOUND_URL = '/404';

/** `/` → `index.html`, `/articles/x` → `articles/x/index.html`, the not-found page → `404.html`. */
export function pageFile(url: string): string {
  if (url === NOT_FOUND_URL) return '404.html';
  return url === '/' ? 'index.html' : `${url.slice(1)}/index.html`;
}

export async function readRecord(dist: string): Promise<RunRecord> {
  try {
    const record = JSON.parse(await readFile(path.join(dist, RECORD_FILE), 'utf8'));
    if (typeof record?.run === 'string' && record.pages && typeof record.pages === 'object') {
      return record as RunRecord;
    }
  } catch {}
  return { run: '', pages: {} };
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pages in URL order and each page's inputs by name, whichever pages were drawn again and in
 * whatever order their reads completed: the same data gives the same bytes.
 */
export async function writeRecord(dist: string, record: RunRecord): Promise<void> {
  const pages = Object.fromEntries(
    Object.entries(record.pages)
      .sort(byKey)
      .map(([url, page]) => [
        url,
        { ...page, inputs: Object.fromEntries(Object.entries(page.inputs).sort(byKey)) },
      ]),
  );
  await writeIfChanged(path.join(dist, RECORD_FILE), `${JSON.stringify({ ...record, pages })}\n`);
}
