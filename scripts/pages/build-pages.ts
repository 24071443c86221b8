import { createHash } from 'node:crypto';
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { LAYOUTS } from '../../src/app/route-manifest.ts';
import { CategoriesDocument, SiteDocument } from '../../src/shared/contract/documents.ts';
import { parseDataJson } from '../../src/shared/contract/json.ts';
import * as files from '../../src/shared/urls/data-files.ts';
import { baseUrl } from '../lib/site-url.ts';
import { NOINDEX } from '../vite/shell-page.ts';
import { DataFiles } from './data-files.ts';
import { checkShell, type Stylesheets, stylesheetsOf } from './document.ts';
import { drawPages } from './draw-pages.ts';
import { readablePages, type Warn } from './enumerate.ts';
import type { WriterOptions } from './page-writer.ts';
import { NOT_FOUND_URL, type PageRecord, RECORD_FILE, readRecord, writeRecord } from './record.ts';
import { drawnShell, shellKey } from './shell.ts';
import { writeSiteCard } from './site-card.ts';
import { removeStaleParts, robotsTxt, type SitemapEntry, sitemapFiles } from './sitemap.ts';
import { buildServerApp } from './ssr-bundle.ts';
import { writeIfChanged } from './write-if-changed.ts';

export class PagesError extends Error {}

export interface PagesOptions {
  dist: string;
  siteUrl: string;
  /** The data folder; default `dist/api`. */
  api?: string;
  warn?: Warn;
  /**
   * Data files (relative to `api`) → sha1 of their bytes, known to the caller (publish: the
   * files it has just written there): used as they are to compare pages' inputs, not read.
   */
  known?: ReadonlyMap<string, string>;
}

export interface PagesReport {
  pages: number;
  drawn: number;
  written: number;
  removed: number;
  skipped: number;
  /** The drawing processes' peak memory added up, in kB (0 when drawn in this process). */
  childrenPeakKb: number;
  /** The files of the pages drawn by this run (relative to dist), whether or not rewritten. */
  files: string[];
}

const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** The app's stylesheets, to inline: one that cannot be read stays a link (document.ts). */
async function readStylesheets(dist: string, base: string, hrefs: string[]): Promise<Stylesheets> {
  const out: Record<string, string> = {};
  for (const href of hrefs) {
    if (!href.startsWith(base) || href.includes('..')) continue;
    const css = await readFile(path.join(dist, href.slice(base.length)), 'utf8').catch(() => null);
    if (css !== null) out[href] = css;
  }
  return out;
}

async function readShell(dist: string): Promise<string> {
  const shell = await readFile(path.join(dist, 'shell.html'), 'utf8').catch(() => null);
  if (shell) return shell;
  // A build from before shell.html existed: its index.html is the shell, unless drawn over.
  const index = await readFile(path.join(dist, 'index.html'), 'utf8').catch(() => null);
  if (!index || index.includes('id="portal-state"')) {
    throw new PagesError(`${dist}: không có shell.html (hãy chạy npm run build trước)`);
  }
  return index.replace('</title>', `</title>\n    ${NOINDEX}`);
}

async function required<T extends v.GenericSchema>(data: DataFiles, name: string, schema: T) {
  const bytes = await data.read(name);
  if (!bytes) throw new PagesError(`${path.join(data.folder, name)}: thiếu tệp`);
  try {
    const parsed = v.safeParse(schema, parseDataJson(bytes.toString('utf8')));
    if (parsed.success) return parsed.output as v.InferOutput<T>;
  } catch {}
  throw new PagesError(`${path.join(data.folder, name)}: không đúng hợp đồng dữ liệu`);
}

/**
 * `build:pages` (contract §6): every readable page of the data as static HTML drawn by the
 * app itself, plus sitemap.xml and robots.txt. A page is drawn again only when a file it read,
 * the app or the site's address changed, and written only when its bytes did.
 */
export async function buildPages(options: PagesOptions): Promise<PagesReport> {
  const warn = options.warn ?? ((message: string) => console.warn(`cảnh báo: ${message}`));
  const site = baseUrl(options.siteUrl, '--site-url');
  const dist = path.resolve(options.dist);
  const shell = await readShell(dist);
  const problem = checkShell(shell);
  if (problem) throw new PagesError(`${dist}: ${problem}`);
  const table = JSON.parse(/id="portal-preload">([\s\S]*?)<\/script>/.exec(shell)?.[1] ?? '{}');
  if (site.pathname !== table.base) {
    throw new PagesError(
      `--site-url ${site.href}: đường dẫn "${site.pathname}" khác base của bản build ("${table.base}"); ` +
        `hãy build với --base ${site.pathname} hoặc dùng địa chỉ kết thúc bằng ${table.base}`,
    );
  }
  const fallbackDescription = decodeEntities(
    /<meta name="description" content="([^"]*)"/.exec(shell)?.[1] ?? '',
  );

  const apiDir = path.resolve(options.api ?? path.join(dist, 'api'));
  const data = new DataFiles(apiDir, 'http://localhost/', options.known);
  const siteDoc = await required(data, files.site(), SiteDocument);
  await required(data, files.categories(), CategoriesDocument);
  const { entry, hash: appHash } = await buildServerApp({ base: table.base, api: table.api });
  const layoutHashes = await Promise.all(LAYOUTS.portal.data.map((f) => data.hashOf(f)));
  // Named by its bytes: a new card is a new address in every page that shows it.
  const card = await writeSiteCard(siteDoc, { dist, site, base: table.base }, warn);
  const runKey = sha(
    await generatorCode(),
    appHash,
    shellKey(shell),
    site.href,
    card.file,
    ...layoutHashes,
  );
  const previous = await readRecord(dist);
  const pages = await readablePages(data, warn);
  const record: Record<string, PageRecord> = {};
  const report: PagesReport = {
    // The not-found page (404.html) is drawn and kept like the others.
    pages: pages.length + 1,
    drawn: 0,
    written: 0,
    removed: 0,
    skipped: 0,
    childrenPeakKb: 0,
    files: [],
  };
  if (card.written) report.written++;

  // A page whose every input is as it was keeps its file without being drawn again.
  const toDraw: string[] = [];
  for (const { url } of [...pages, { url: NOT_FOUND_URL }]) {
    const before = previous.pages[url];
    if (before && previous.run === runKey && (await sameInputs(data, before.inputs))) {
      record[url] = before;
    } else toDraw.push(url);
  }
  const writer: WriterOptions = {
    entry,
    dist,
    apiDir,
    shell,
    styles: await readStylesheets(dist, table.base, stylesheetsOf(shell, table)),
    siteHref: site.href,
    siteName: siteDoc.name,
    timeZone: siteDoc.timeZone,
    fallbackDescription,
    basename: table.base.replace(/\/$/, '') || '/',
    card: card.image,
  };
  const broken = new Map<string, number>();
  const drawing = await drawPages(writer, toDraw, { warn });
  report.childrenPeakKb = drawing.childrenPeakKb;
  for (const result of drawing.results) {
    report.drawn++;
    if ('faults' in result && result.fatal) throw new PagesError(result.faults.join('; '));
    if ('faults' in result) {
      report.skipped++;
      for (const fault of result.faults) broken.set(fault, (broken.get(fault) ?? 0) + 1);
      continue;
    }
    record[result.url] = result.record;
    report.files.push(result.record.file);
    if (result.written) report.written++;
  }
  for (const [fault, count] of broken)
    warn(`${fault} — bỏ qua ${count} trang (trình duyệt sẽ tự vẽ)`);
  const sitemap: SitemapEntry[] = pages
    .filter(({ url }) => record[url])
    .map(({ url }) => ({ loc: new URL(url.slice(1), site).href, lastmod: record[url]?.lastmod }));

  const sitemapXml = sitemapFiles(sitemap, site);
  for (const [name, xml] of sitemapXml) {
    if (await writeIfChanged(path.join(dist, name), xml)) report.written++;
  }
  report.removed += await removeStaleParts(dist, sitemapXml);
  if (await writeIfChanged(path.join(dist, 'robots.txt'), robotsTxt(site))) report.written++;
  // The shell as a reader without JavaScript sees it: the layout, and the pages that need none.
  const noScriptShell = await drawnShell(writer);
  if (await writeIfChanged(path.join(dist, 'shell.html'), noScriptShell)) report.written++;

  // Pages of the previous run that the data no longer has (or that broke) go.
  for (const [url, before] of Object.entries(previous.pages)) {
    if (record[url] || before.file === 'index.html') continue;
    await rm(path.join(dist, before.file), { force: true });
    report.removed++;
    for (
      let dir = path.dirname(path.join(dist, before.file));
      dir !== dist;
      dir = path.dirname(dir)
    ) {
      if (
        !(await rmdir(dir).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
  if (previous.pages['/'] && !record['/']) {
    await writeIfChanged(
      path.join(dist, 'index.html'),
      noScriptShell.replace(`\n    ${NOINDEX}`, ''),
    );
  }
  await writeRecord(dist, { run: runKey, pages: record });
  return report;
}

/**
 * This generator's own sources and every local module they import (the page rules, the feeds'
 * dates, the style policy…): a change to how pages are written draws them all again. The app
 * itself is `appHash`.
 */
async function generatorCode(): Promise<string> {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const [, spec] of code.matchAll(/from '(\.{1,2}\/[^']+\.(?:ts|mjs))'/g)) {
      await visit(path.resolve(path.dirname(file), spec as string));
    }
  };
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith('.ts') && !name.includes('.test.')) await visit(path.join(dir, name));
  }
  const files = [...seen].sort();
  const names = files.map((file) => path.relative(dir, file));
  return sha(...names, ...(await Promise.all(files.map((file) => readFile(file)))));
}

const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );

async function sameInputs(data: DataFiles, inputs: Record<string, string>): Promise<boolean> {
  for (const [name, hash] of Object.entries(inputs)) {
    if ((await data.hashOf(name)) !== hash) return false;
  }
  return true;
}

export { RECORD_FILE };
