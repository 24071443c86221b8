import { createHash } from 'node:crypto';
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import * as v from 'valibot';
import { LAYOUTS } from '../../src/app/route-manifest.ts';
import { CategoriesDocument, SiteDocument } from '../../src/shared/contract/documents.ts';
import { baseUrl } from '../build-feeds.ts';
import { siteDateTime } from '../feeds/atom.ts';
import { NOINDEX } from '../vite/shell-page.ts';
import { DataFiles } from './data-files.ts';
import { checkShell, pageDocument } from './document.ts';
import { brokenParts, drawPage } from './draw.ts';
import { readablePages, type Warn } from './enumerate.ts';
import { headTags } from './head.ts';
import { type PageRecord, pageFile, RECORD_FILE, readRecord, writeRecord } from './record.ts';
import { robotsTxt, type SitemapEntry, sitemapFiles } from './sitemap.ts';
import { loadServerApp } from './ssr-bundle.ts';
import { writeIfChanged } from './write-if-changed.ts';

export class PagesError extends Error {}

export interface PagesOptions {
  dist: string;
  siteUrl: string;
  /** The data folder; default `dist/api`. */
  api?: string;
  warn?: Warn;
}

export interface PagesReport {
  pages: number;
  drawn: number;
  written: number;
  removed: number;
  skipped: number;
}

const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

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
    const parsed = v.safeParse(schema, JSON.parse(bytes.toString('utf8')));
    if (parsed.success) return parsed.output as v.InferOutput<T>;
  } catch {}
  throw new PagesError(`${path.join(data.folder, name)}: không đúng hợp đồng dữ liệu`);
}

/** The newest article date a page shows (its `lastmod`), in the site's offset. */
function newestDate(value: unknown, timeZone: string): string | undefined {
  let best = Number.NEGATIVE_INFINITY;
  const walk = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    for (const [key, item] of Object.entries(node)) {
      if ((key === 'publishedAt' || key === 'updatedAt') && typeof item === 'string') {
        const ms = Date.parse(item);
        if (ms > best) best = ms;
      } else walk(item, depth + 1);
    }
  };
  walk(value, 0);
  return Number.isFinite(best) ? siteDateTime(new Date(best), timeZone) : undefined;
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
  const fallbackDescription = decodeEntities(
    /<meta name="description" content="([^"]*)"/.exec(shell)?.[1] ?? '',
  );

  const { app, hash: appHash } = await loadServerApp({ base: table.base, api: table.api });
  const data = new DataFiles(
    path.resolve(options.api ?? path.join(dist, 'api')),
    new URL(app.API_BASE, 'http://localhost/').href,
  );
  const siteDoc = await required(data, 'site.json', SiteDocument);
  await required(data, 'categories.json', CategoriesDocument);
  app.setPurifierWindow(new JSDOM('', { url: site.href }).window as never);

  const layoutHashes = await Promise.all(LAYOUTS.portal.data.map((f) => data.hashOf(f)));
  const runKey = sha(await generatorCode(), appHash, shell, site.href, ...layoutHashes);
  const previous = await readRecord(dist);
  const pages = await readablePages(data, warn);
  const basename = table.base.replace(/\/$/, '') || '/';
  const record: Record<string, PageRecord> = {};
  const sitemap: SitemapEntry[] = [];
  const broken = new Map<string, number>();
  let seed: unknown;
  let layoutQueries: Set<string> | undefined;
  const report: PagesReport = { pages: pages.length, drawn: 0, written: 0, removed: 0, skipped: 0 };

  const realFetch = globalThis.fetch;
  globalThis.fetch = data.fetch as typeof fetch;
  try {
    for (const { url } of pages) {
      const file = pageFile(url);
      const before = previous.pages[url];
      const pageUrl = new URL(url.slice(1), site);
      if (before && previous.run === runKey && (await sameInputs(data, before.inputs))) {
        record[url] = before;
        sitemap.push({ loc: pageUrl.href, lastmod: before.lastmod });
        continue;
      }
      const { value: drawn, reads } = await data.recording(() =>
        drawPage(app, url, basename, seed),
      );
      report.drawn++;
      layoutQueries ??= new Set(drawn.firstWaiting);
      seed ??= app.dehydrateFor(drawn.client, (hash) => layoutQueries?.has(hash) ?? false);
      const faults = brokenParts(drawn.client);
      if (faults.length > 0) {
        for (const fault of faults) broken.set(fault, (broken.get(fault) ?? 0) + 1);
        report.skipped++;
        drawn.client.clear();
        continue;
      }
      const state = app.dehydrateFor(drawn.client);
      const own = app.dehydrateFor(drawn.client, (hash) => !layoutQueries?.has(hash));
      const lastmod = newestDate(
        own.queries.map((q) => q.state.data),
        siteDoc.timeZone,
      );
      const html = pageDocument(shell, {
        hoisted: drawn.page.hoisted,
        headTags: headTags(drawn.page.head, {
          pageUrl,
          siteUrl: site,
          siteName: siteDoc.name,
          timeZone: siteDoc.timeZone,
          fallbackDescription,
        }),
        body: drawn.page.body,
        path: url.slice(1),
        state,
      });
      drawn.client.clear();
      if (await writeIfChanged(path.join(dist, file), html)) report.written++;
      record[url] = { file, inputs: Object.fromEntries(reads), ...(lastmod ? { lastmod } : {}) };
      sitemap.push({ loc: pageUrl.href, lastmod });
    }
  } finally {
    globalThis.fetch = realFetch;
  }
  for (const [fault, count] of broken)
    warn(`${fault} — bỏ qua ${count} trang (trình duyệt sẽ tự vẽ)`);

  for (const [name, xml] of sitemapFiles(sitemap, site)) {
    if (await writeIfChanged(path.join(dist, name), xml)) report.written++;
  }
  if (await writeIfChanged(path.join(dist, 'robots.txt'), robotsTxt(site))) report.written++;
  if (await writeIfChanged(path.join(dist, 'shell.html'), shell)) report.written++;

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
    await writeIfChanged(path.join(dist, 'index.html'), shell.replace(`\n    ${NOINDEX}`, ''));
  }
  await writeRecord(dist, { run: runKey, pages: record });
  return report;
}

/** This generator's own sources: a change to how pages are written draws them all again. */
async function generatorCode(): Promise<string> {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const names = (await readdir(dir))
    .filter((n) => n.endsWith('.ts') && !n.includes('.test.'))
    .sort();
  return sha(...(await Promise.all(names.map((n) => readFile(path.join(dir, n))))));
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
