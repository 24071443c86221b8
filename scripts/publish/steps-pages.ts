/**
 * The prerendered pages (§6), the check of what readers get, and the permissions. The pages
 * step starts from the live release's pages (hard links) and their record (`.pages.json`):
 * build:pages then draws only the pages whose data, app or address changed, writes a changed
 * page as a new file renamed over the link, and removes the pages the data no longer has.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as dataFiles from '../../src/shared/urls/data-files.ts';
import { linkOrCopy } from '../lib/place-file.ts';
import { mapLimit } from '../lib/pool.ts';
import { buildPages } from '../pages/build-pages.ts';
import { RECORD_FILE, readRecord } from '../pages/record.ts';
import { checkSite } from '../site-check/check-site.ts';
import { printProblems } from '../site-check/print.ts';
import { PublishError } from './errors.ts';
import { isFile, makeReadable } from './files.ts';
import { type PublishContext, plural, type Step, tally } from './step-kit.ts';

/** Files build:pages writes beside the pages, which it keeps when their bytes are the same. */
const BESIDE = /^(sitemap(-\d+)?\.xml|robots\.txt|og-image-[0-9a-f]+\.png)$/;

/**
 * What build:pages wrote into an app folder (`npm start` draws the sample data into dist/):
 * its pages, their record, sitemaps and card, but not index.html and shell.html, which the
 * app needs (the pages step draws them again for this data). Left in, they were taken for this
 * release's pages and a publish served the sample data's.
 */
export async function drawnInto(app: string): Promise<(file: string) => boolean> {
  const record = await readRecord(app);
  const drawn = new Set(Object.values(record.pages).map((page) => page.file));
  drawn.add(RECORD_FILE);
  drawn.delete('index.html');
  drawn.delete('shell.html');
  return (file) => drawn.has(file) || BESIDE.test(file);
}

/**
 * Links the live release's pages, their record and sitemaps into the new release: each folder
 * made once, then one link(2) per page, 32 at a time (31 676 pages at 20 000 articles: one
 * page after another, with a check, a removal and a folder each, that took 9 s).
 */
async function seedPages(ctx: PublishContext): Promise<void> {
  const live = ctx.live;
  if (!live) return;
  const record = await readRecord(live);
  const files = new Set(Object.values(record.pages).map((page) => page.file));
  for (const name of await readdir(live)) if (BESIDE.test(name)) files.add(name);
  if (files.size === 0) return;
  files.add(RECORD_FILE);
  const safe = [...files].filter(
    (file) => !path.isAbsolute(file) && !file.split('/').includes('..'),
  );
  const folders = new Set(safe.map((file) => path.dirname(file)));
  folders.delete('.');
  await mapLimit([...folders], 32, (dir) =>
    mkdir(path.join(ctx.release, dir), { recursive: true, mode: 0o755 }),
  );
  // The app's own index.html (a new file of this release) gives way to the drawn home page.
  if (files.has('index.html')) await rm(path.join(ctx.release, 'index.html'), { force: true });
  await mapLimit(safe, 32, (file) =>
    linkOrCopy(path.join(live, file), path.join(ctx.release, file)).catch((error) => {
      const code = (error as NodeJS.ErrnoException).code;
      // A file this release has already (the app's own) stays; one the live release lacks is
      // not there to link.
      if (code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }),
  );
}

/** Every readable page as static HTML (§6), sitemap.xml and robots.txt, into the release. */
export const pages: Step = {
  name: 'pages',
  async run(ctx) {
    await seedPages(ctx);
    const report = await buildPages({
      dist: ctx.release,
      siteUrl: ctx.siteUrl,
      api: ctx.apiDir,
      warn: ctx.warn,
      known: ctx.dataHashes,
    });
    ctx.drawn = report.files;
    const skipped = report.skipped ? `, bỏ qua ${report.skipped}` : '';
    const drawn = report.drawn - report.skipped;
    return `${plural(report.pages, 'trang')}: vẽ ${tally(drawn, report.pages + 1 - report.drawn, report.removed)}${skipped}`;
  },
};

/** What every reader needs is there, before anyone is switched to it. */
export const check: Step = {
  name: 'check',
  async run(ctx) {
    const needed = [
      'index.html',
      'shell.html',
      'sitemap.xml',
      'sw.js',
      `api/${dataFiles.site()}`,
      `api/${dataFiles.categories()}`,
      'api/search/pagefind-entry.json',
      'api/feeds/all.xml',
    ];
    const missing: string[] = [];
    for (const file of needed)
      if (!(await isFile(path.join(ctx.release, file)))) missing.push(file);
    if (missing.length) throw new PublishError(`bản mới thiếu ${missing.join(', ')}`);
    // The pages as readers, crawlers and link previews get them (check:site): a release with a
    // half-drawn page, a broken link or invalid HTML is refused, and the live site stays. Only
    // the pages drawn now (and the two every reader may get): the others passed when drawn.
    const files = ctx.drawn && [...new Set([...ctx.drawn, '404.html', 'shell.html'])].sort();
    const site = await checkSite({ dist: ctx.release, api: ctx.apiDir, files });
    printProblems(site.warnings, ctx.warn, 20);
    if (site.problems.length > 0) {
      const lines: string[] = [];
      printProblems(site.problems, (line) => lines.push(line), 20);
      throw new PublishError(
        `kiểm tra trang (check:site): ${site.problems.length} lỗi\n${lines.join('\n')}`,
      );
    }
    return `đủ tệp, ${plural(site.pages, 'trang')} vẽ lần này đạt check:site`;
  },
};

/**
 * Readable by the web server's user, whatever the umask or a helper's mkdtemp (700) left. A
 * file reused from the live release is already 644 and is not touched (it is that release's
 * file too).
 */
export const permissions: Step = {
  name: 'permissions',
  async run(ctx) {
    const changed = await makeReadable(ctx.release);
    return `thư mục 755, tệp 644${changed ? ` (sửa ${plural(changed, 'tệp')})` : ''}`;
  },
};
