/**
 * The whole-site check (contract §6, §7): every drawn page of a site folder, as a reader, a
 * crawler and a link preview would find it.
 *
 *   npm run check:site -- DIR [--api APIDIR]
 *
 * DIR is a built and drawn site (`npm run build` then `build:pages`, or a published release);
 * APIDIR its data folder (default DIR/api), for links to feeds and data files. Exit 0: every
 * page passes; 1: some do not (each problem printed with its file); 2: DIR cannot be used.
 * `publish` runs the same check before it switches, and refuses a release that fails.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { checkSite } from './site-check/check-site.ts';
import { printProblems } from './site-check/print.ts';

const USAGE = 'Cách dùng: npm run check:site -- THƯ_MỤC_SITE [--api THƯ_MỤC_API]';

async function main(argv: string[]): Promise<number> {
  let dist: string | undefined;
  let api: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { api: { type: 'string' } },
    });
    [dist] = positionals;
    api = values.api;
    if (!dist || positionals.length > 1) throw new Error('cần đúng một thư mục site');
  } catch (error) {
    console.error(`check:site: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const report = await checkSite({ dist, api });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    printProblems(report.warnings, (line) => console.warn(`cảnh báo: ${line}`), 20);
    printProblems(report.problems, console.error);
    const bad = new Set(report.problems.map((p) => p.file)).size;
    console.log(
      `check:site: ${report.pages} trang, ${bad} trang có lỗi, ${report.problems.length} lỗi, ` +
        `${report.warnings.length} cảnh báo về dữ liệu (${seconds} s)`,
    );
    return report.problems.length === 0 ? 0 : 1;
  } catch (error) {
    console.error(`check:site: ${(error as Error).message}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
