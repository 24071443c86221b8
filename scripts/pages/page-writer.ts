import path from 'node:path';
import { JSDOM } from 'jsdom';
import { siteDateTime } from '../feeds/atom.ts';
import { LOADING, mainOf, STREAMED } from '../site-check/page-rules.ts';
import { DataFiles } from './data-files.ts';
import { pageDocument, type Stylesheets } from './document.ts';
import { brokenParts, drawPage } from './draw.ts';
import { headTags, type OgImage } from './head.ts';
import { NOT_FOUND_URL, type PageRecord, pageFile } from './record.ts';
import { importServerApp, type ServerApp } from './ssr-bundle.ts';
import { writeIfChanged } from './write-if-changed.ts';

/** What drawing pages needs, as plain data (it crosses into the drawing processes). */
export interface WriterOptions {
  entry: string;
  dist: string;
  apiDir: string;
  shell: string;
  /** The app's stylesheets by address, inlined into every page (document.ts). */
  styles: Stylesheets;
  siteHref: string;
  siteName: string;
  timeZone: string;
  fallbackDescription: string;
  basename: string;
  /** The site card, for pages without a picture of their own. */
  card: OgImage;
}

export type PageResult =
  | { url: string; record: PageRecord; written: boolean }
  /** `fatal`: the app or the address is at fault, not the data: the run fails. */
  | { url: string; faults: string[]; fatal?: boolean };

/** The newest article date a page shows (its `lastmod`), in the site's offset. */
function newestDate(value: unknown, timeZone: string): string | undefined {
  let best = Number.NEGATIVE_INFINITY;
  const walk = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    const article = node as { publishedAt?: unknown; updatedAt?: unknown };
    if (typeof article.publishedAt === 'string') {
      for (const iso of [article.publishedAt, article.updatedAt]) {
        const ms = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
        if (ms > best) best = ms;
      }
    }
    for (const item of Object.values(node)) walk(item, depth + 1);
  };
  walk(value, 0);
  return Number.isFinite(best) ? siteDateTime(new Date(best), timeZone) : undefined;
}

/** A drawing no data could explain (no route matched, a part never finished): fails the run. */
export class UnusableDrawing extends Error {}

/**
 * Why a drawing is not a page a reader can use, if it is not: nothing matched the address (a
 * base path the router does not share), or a part still waits for data or streams in later.
 */
export function unfinishedDrawing(body: string): string | null {
  const main = mainOf(body);
  if (!main) return 'vẽ ra trang rỗng (không có <main>: địa chỉ không khớp route nào?)';
  if (STREAMED.test(body)) return 'còn phần vẽ dở (Suspense boundary chờ dữ liệu)';
  if (LOADING.test(main)) return 'phần chính còn "Đang tải…" (dữ liệu chưa vào)';
  return null;
}

/** Draws pages and writes the ones whose bytes changed. One per drawing process. */
export class PageWriter {
  private constructor(
    private readonly options: WriterOptions,
    readonly app: typeof ServerApp,
    private readonly data: DataFiles,
    /** The layout's queries, which every page starts with. */
    readonly seed: unknown,
    private readonly layoutQueries: ReadonlySet<string>,
  ) {}

  static async open(options: WriterOptions): Promise<PageWriter> {
    const app = await importServerApp(options.entry);
    app.setSanitiserWindow(new JSDOM('', { url: options.siteHref }).window as never);
    const data = new DataFiles(options.apiDir, new URL(app.API_BASE, 'http://localhost/').href);
    // The app asks for its files with fetch: in this process, they come from the folder.
    globalThis.fetch = data.fetch as typeof fetch;
    // A page that reads nothing of its own (not found) leaves exactly the layout's queries.
    const primer = await drawPage(app, '/-', options.basename, undefined);
    const layoutQueries = new Set(
      primer.client
        .getQueryCache()
        .getAll()
        .map((q) => q.queryHash),
    );
    const seed = app.dehydrateFor(primer.client);
    primer.client.clear();
    return new PageWriter(options, app, data, seed, layoutQueries);
  }

  async write(url: string): Promise<PageResult> {
    const { app, options } = this;
    const { value: drawn, reads } = await this.data.recording(() =>
      drawPage(app, url, options.basename, this.seed),
    );
    try {
      const faults = brokenParts(drawn.client);
      if (faults.length > 0) return { url, faults };
      // Something in this page's data made a component throw (a body nested too deep for
      // jsdom's parser, say): that page is left to the browser, not taken for a broken app.
      if (drawn.page.errors.length > 0) {
        return { url, faults: drawn.page.errors.map((e) => `${url}: lỗi khi vẽ trang: ${e}`) };
      }
      // A page the data does not have (a file listed but missing) is no page: not written, not
      // in the sitemap; the server answers its URL with 404.html.
      if (url !== NOT_FOUND_URL && drawn.page.head?.notFound) {
        return { url, faults: [`${url}: dữ liệu không có trang này (vẽ ra "không tìm thấy")`] };
      }
      const unfinished = unfinishedDrawing(drawn.page.body);
      // Not the data's fault: the app or the address is wrong, and every page would be so.
      if (unfinished) throw new UnusableDrawing(`${url}: ${unfinished}`);
      const layout = this.layoutQueries;
      const own = app.dehydrateFor(drawn.client, (hash) => !layout.has(hash));
      const lastmod = newestDate(
        own.queries.map((q) => q.state.data),
        options.timeZone,
      );
      const site = new URL(options.siteHref);
      const notFound = url === NOT_FOUND_URL;
      const html = pageDocument(
        options.shell,
        {
          hoisted: drawn.page.hoisted,
          // Served at any address that has no page: no canonical, no preview of its own.
          headTags: notFound
            ? ''
            : headTags(drawn.page.head, {
                pageUrl: new URL(url.slice(1), site),
                siteUrl: site,
                siteName: options.siteName,
                timeZone: options.timeZone,
                fallbackDescription: options.fallbackDescription,
                card: options.card,
              }),
          notFound,
          body: drawn.page.body,
          path: url.slice(1),
          state: app.dehydrateFor(drawn.client),
        },
        options.styles,
      );
      const file = pageFile(url);
      const written = await writeIfChanged(path.join(options.dist, file), html);
      const record = { file, inputs: Object.fromEntries(reads), ...(lastmod ? { lastmod } : {}) };
      return { url, record, written };
    } finally {
      drawn.client.clear();
    }
  }

  /**
   * Writes every page of `urls`, `lanes` at a time (rendering waits on files). A page that
   * throws is a fault of its own, never the end of the others.
   */
  async writeAll(
    urls: readonly string[],
    lanes = 4,
    on: { start?: (url: string) => void; done?: (result: PageResult) => void } = {},
  ): Promise<PageResult[]> {
    const results: PageResult[] = [];
    let next = 0;
    const lane = async () => {
      while (next < urls.length) {
        const url = urls[next++] as string;
        on.start?.(url);
        const result = await this.write(url).catch(
          (error: unknown): PageResult => ({
            url,
            faults: [`${url}: ${error instanceof Error ? error.message : String(error)}`],
            ...(error instanceof UnusableDrawing ? { fatal: true } : {}),
          }),
        );
        results.push(result);
        on.done?.(result);
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    return results;
  }
}
