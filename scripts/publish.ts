/**
 * One command for a new version of the portal (CONTRACT.md §8, docs/deploying.md):
 *
 *   npm run publish -- --app dist --api DATA   --out SITE --site-url URL [--images DIR]
 *   npm run publish -- --app dist --in EXPORT  --out SITE --site-url URL [--images DIR]
 *   npm run publish -- --rollback --out SITE
 *
 * Prints each step with its time. The exit code says whether the live site changed:
 *   0  switched to the new version (or rolled back): done
 *   1  failed before the switch, or another publish holds the lock: the live site is unchanged
 *   2  bad arguments: nothing was done
 *   3  switched to the new version, but cleaning up after it failed (old releases not removed)
 * The work is in scripts/publish/ (run.ts, steps*.ts, releases.ts, lock.ts).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { baseUrl } from './lib/site-url.ts';
import { publish, rollback, seconds } from './publish/run.ts';

export { PublishError } from './publish/releases.ts';
export { type PublishOptions, type PublishResult, publish, rollback } from './publish/run.ts';

const USAGE = `Cách dùng:
  npm run publish -- --app dist --api THƯ_MỤC_DỮ_LIỆU --out THƯ_MỤC_WEB --site-url https://DIA_CHI/ [--images THƯ_MỤC_ẢNH]
  npm run publish -- --app dist --in THƯ_MỤC_XUẤT --out THƯ_MỤC_WEB --site-url https://DIA_CHI/ [--images THƯ_MỤC_ẢNH]
  npm run publish -- --rollback --out THƯ_MỤC_WEB`;

const OPTIONS = {
  app: { type: 'string' },
  api: { type: 'string' },
  in: { type: 'string' },
  out: { type: 'string' },
  'site-url': { type: 'string' },
  images: { type: 'string' },
  rollback: { type: 'boolean' },
} as const;

async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: OPTIONS }));
    if (!values.out) throw new Error('cần --out');
    if (!values.rollback) {
      if (!values.app || !values['site-url']) throw new Error('cần --app và --site-url');
      baseUrl(values['site-url'], '--site-url');
    }
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    if (values.rollback) {
      const { from, to } = await rollback(String(values.out));
      console.log(`Đã quay lại: ${values.out} phục vụ bản ${to} (thay cho ${from}).`);
      return 0;
    }
    const result = await publish({
      app: String(values.app),
      api: values.api,
      in: values.in,
      out: String(values.out),
      siteUrl: String(values['site-url']),
      images: values.images,
    });
    console.log(
      `Xong trong ${seconds(performance.now() - started)}: ${values.out} phục vụ bản ${result.release}.` +
        (result.previous
          ? ` Quay lại bản trước: npm run publish -- --rollback --out ${values.out}`
          : ''),
    );
    return result.cleanup ? 3 : 0;
  } catch (error) {
    // Our own refusals say what to do; anything else (a full disk, EACCES) by its message.
    console.error(`Lỗi: ${(error as Error).message}`);
    return 1;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  process.exitCode = await main(process.argv.slice(2));
}
