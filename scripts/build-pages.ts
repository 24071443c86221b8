/**
 * Prerendered pages (contract §6): every readable page of a data folder as static HTML.
 *
 *   npm run build:pages -- --dist DIR --site-url URL [--api APIDIR]
 *
 * Reads the app build in DIR (run `npm run build` first) and the data folder APIDIR (default
 * DIR/api); writes DIR{path}/index.html, DIR/shell.html, DIR/sitemap.xml, DIR/robots.txt.
 * Exit 0: done (broken pages skipped with a warning), 1: the folder or build cannot be used.
 */
// React's development build (the default without NODE_ENV) checks and renders twice what the
// production build draws once: the pages are production pages.
process.env.NODE_ENV = 'production';

import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildPages } from './pages/build-pages.ts';

const USAGE =
  'Cách dùng: npm run build:pages -- --dist THƯ_MỤC_BUILD --site-url https://DIA_CHI_CONG/ [--api THƯ_MỤC_API]';

async function main(argv: string[]): Promise<number> {
  let values: { dist?: string; 'site-url'?: string; api?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        dist: { type: 'string' },
        'site-url': { type: 'string' },
        api: { type: 'string' },
      },
    }));
    if (!values.dist || !values['site-url']) throw new Error('cần --dist và --site-url');
  } catch (error) {
    console.error(`build:pages: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const started = performance.now();
  try {
    const report = await buildPages({
      dist: values.dist,
      siteUrl: values['site-url'],
      api: values.api,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // This process's peak plus each drawing process's: an upper bound of what ran at once.
    const peakMb = Math.round((process.resourceUsage().maxRSS + report.childrenPeakKb) / 1024);
    console.log(
      `build:pages: ${report.pages} trang — vẽ ${report.drawn}, ghi ${report.written} tệp, ` +
        `xoá ${report.removed}, bỏ qua ${report.skipped} (${seconds} s, bộ nhớ tối đa ${peakMb} MB)`,
    );
    return 0;
  } catch (error) {
    console.error(`build:pages: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
