/**
 * What `npm run publish` does to build a release, in order: one named step each, timed and
 * printed. Each step works inside the new release only; none touches the live site. Adding a
 * step (the prerendered pages, §6) is one entry in `publishSteps`.
 */
import path from 'node:path';
import { buildApi } from '../build-api.ts';
import { buildFeeds } from '../build-feeds.ts';
import { buildSearch } from '../build-search.ts';
import { buildPages } from '../pages/build-pages.ts';
import { checkSite } from '../site-check/check-site.ts';
import { printProblems } from '../site-check/print.ts';
import { copyTree, isFile, makeReadable } from './files.ts';
import { PublishError } from './releases.ts';

export interface PublishContext {
  /** The app build (`--app`). */
  app: string;
  /** Where the data comes from: a data folder as served, or a CMS export to build it from. */
  source: { kind: 'api'; dir: string } | { kind: 'export'; dir: string };
  /** Image files to serve under `{base}images/` (`--images`), if any. */
  images?: string;
  /** The portal's public address, base path included (`https://host/portal/`). */
  siteUrl: string;
  /** The release being built: becomes the web root. */
  release: string;
  /** `release/api`: the app reads its data there (its default API_BASE). */
  apiDir: string;
  warn: (message: string) => void;
}

export interface Step {
  name: string;
  /** Does the step's work; returns a short note on what it did, for the report. */
  run: (ctx: PublishContext) => Promise<string>;
}

const plural = (n: number, what: string) => `${n.toLocaleString('vi-VN')} ${what}`;

/** The app build, without its sample data, its build manifest or other hosts' files. */
const app: Step = {
  name: 'app',
  async run(ctx) {
    const skip = (file: string) =>
      file === 'api' || file.startsWith('api/') || file === '_headers' || file === '_redirects';
    return plural(await copyTree(ctx.app, ctx.release, skip), 'tệp');
  },
};

/** A data folder as served, as it is; its search index and feeds are made anew below. */
const copyData: Step = {
  name: 'data',
  async run(ctx) {
    const skip = (file: string) => /^(search|feeds)(\/|$)/.test(file);
    return `${plural(await copyTree(ctx.source.dir, ctx.apiDir, skip), 'tệp')} từ ${ctx.source.dir}`;
  },
};

/** The contract tree from a CMS export (the static-API generator, feeds included). */
const buildData: Step = {
  name: 'data',
  async run(ctx) {
    const result = await buildApi({
      inDir: ctx.source.dir,
      outDir: ctx.apiDir,
      siteUrl: ctx.siteUrl,
    });
    return `${plural(result.articles, 'bài')} → ${plural(result.files, 'tệp')}`;
  },
};

const images: Step = {
  name: 'images',
  async run(ctx) {
    const to = path.join(ctx.release, 'images');
    return plural(await copyTree(ctx.images ?? '', to), 'tệp');
  },
};

/** The search index of exactly this data, beside it (§4): never one of another version. */
const search: Step = {
  name: 'search',
  async run(ctx) {
    const result = await buildSearch(ctx.apiDir, ctx.warn);
    const skipped = result.warnings.length ? `, bỏ qua ${result.warnings.length} mục lỗi` : '';
    return `${plural(result.articles, 'bài')} → ${plural(result.files, 'tệp')}${skipped}`;
  },
};

/** Atom feeds with the portal's real address (§5). */
const feeds: Step = {
  name: 'feeds',
  async run(ctx) {
    const result = await buildFeeds({ apiDir: ctx.apiDir, siteUrl: ctx.siteUrl });
    for (const warning of result.warnings) ctx.warn(warning);
    return plural(result.files.size, 'tin Atom');
  },
};

/** Every readable page as static HTML (§6), sitemap.xml and robots.txt, into the release. */
const pages: Step = {
  name: 'pages',
  async run(ctx) {
    const report = await buildPages({
      dist: ctx.release,
      siteUrl: ctx.siteUrl,
      api: ctx.apiDir,
      warn: ctx.warn,
    });
    const skipped = report.skipped ? `, bỏ qua ${report.skipped}` : '';
    return `${plural(report.pages, 'trang')} (vẽ ${report.drawn}${skipped})`;
  },
};

/** What every reader needs is there, before anyone is switched to it. */
const check: Step = {
  name: 'check',
  async run(ctx) {
    const needed = [
      'index.html',
      'shell.html',
      'sitemap.xml',
      'sw.js',
      'api/site.json',
      'api/categories.json',
      'api/search/pagefind-entry.json',
      'api/feeds/all.xml',
    ];
    const missing: string[] = [];
    for (const file of needed)
      if (!(await isFile(path.join(ctx.release, file)))) missing.push(file);
    if (missing.length) throw new PublishError(`bản mới thiếu ${missing.join(', ')}`);
    // The pages as readers, crawlers and link previews get them (check:site): a release with a
    // half-drawn page, a broken link or invalid HTML is refused, and the live site stays.
    const site = await checkSite({ dist: ctx.release, api: ctx.apiDir });
    printProblems(site.warnings, ctx.warn, 20);
    if (site.problems.length > 0) {
      const lines: string[] = [];
      printProblems(site.problems, (line) => lines.push(line), 20);
      throw new PublishError(
        `kiểm tra trang (check:site): ${site.problems.length} lỗi\n${lines.join('\n')}`,
      );
    }
    return `đủ tệp, ${plural(site.pages, 'trang')} đạt check:site`;
  },
};

/** Readable by the web server's user, whatever the umask or a helper's mkdtemp (700) left. */
const permissions: Step = {
  name: 'permissions',
  async run(ctx) {
    const changed = await makeReadable(ctx.release);
    return `thư mục 755, tệp 644${changed ? ` (sửa ${plural(changed, 'tệp')})` : ''}`;
  },
};

/** The steps for one publish, in order. */
export function publishSteps(ctx: Pick<PublishContext, 'source' | 'images'>): Step[] {
  return [
    app,
    ctx.source.kind === 'api' ? copyData : buildData,
    ...(ctx.images ? [images] : []),
    search,
    feeds,
    pages,
    check,
    permissions,
  ];
}
