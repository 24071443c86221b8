import path from 'node:path';
import { JSDOM } from 'jsdom';
import { siteDateTime } from '../feeds/atom.ts';
import { DataFiles } from './data-files.ts';
import { pageDocument } from './document.ts';
import { brokenParts, drawPage } from './draw.ts';
import { headTags } from './head.ts';
import { type PageRecord, pageFile } from './record.ts';
import { importServerApp, type ServerApp } from './ssr-bundle.ts';
import { writeIfChanged } from './write-if-changed.ts';

/** What drawing pages needs, as plain data (it crosses into worker threads). */
export interface WriterOptions {
  entry: string;
  dist: string;
  apiDir: string;
  shell: string;
  siteHref: string;
  siteName: string;
  timeZone: string;
  fallbackDescription: string;
  basename: string;
}

export type PageResult =
  | { url: string; record: PageRecord; written: boolean }
  | { url: string; faults: string[] };

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

/** Draws pages and writes the ones whose bytes changed. One per thread. */
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
    app.setPurifierWindow(new JSDOM('', { url: options.siteHref }).window as never);
    const data = new DataFiles(options.apiDir, new URL(app.API_BASE, 'http://localhost/').href);
    // The app asks for its files with fetch: in this thread, they come from the folder.
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
      const layout = this.layoutQueries;
      const own = app.dehydrateFor(drawn.client, (hash) => !layout.has(hash));
      const lastmod = newestDate(
        own.queries.map((q) => q.state.data),
        options.timeZone,
      );
      const site = new URL(options.siteHref);
      const html = pageDocument(options.shell, {
        hoisted: drawn.page.hoisted,
        headTags: headTags(drawn.page.head, {
          pageUrl: new URL(url.slice(1), site),
          siteUrl: site,
          siteName: options.siteName,
          timeZone: options.timeZone,
          fallbackDescription: options.fallbackDescription,
        }),
        body: drawn.page.body,
        path: url.slice(1),
        state: app.dehydrateFor(drawn.client),
      });
      const file = pageFile(url);
      const written = await writeIfChanged(path.join(options.dist, file), html);
      const record = { file, inputs: Object.fromEntries(reads), ...(lastmod ? { lastmod } : {}) };
      return { url, record, written };
    } finally {
      drawn.client.clear();
    }
  }

  /** Writes every page of `urls`, `concurrency` at a time (rendering waits on files). */
  async writeAll(urls: readonly string[], concurrency = 4): Promise<PageResult[]> {
    const results: PageResult[] = [];
    let next = 0;
    const lane = async () => {
      while (next < urls.length) {
        const url = urls[next++] as string;
        results.push(await this.write(url));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return results;
  }
}
