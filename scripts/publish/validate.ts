/** What publish checks before any work, so that a typo fails at once (run.ts). */
import path from 'node:path';
import * as files from '../../src/shared/urls/data-files.ts';
import { baseUrl } from '../lib/site-url.ts';
import { appBase } from './app-base.ts';
import { PublishError } from './errors.ts';
import { isFile } from './files.ts';
import { releasesDir } from './releases.ts';
import type { PublishOptions } from './run.ts';
import type { PublishContext } from './step-kit.ts';

/** Checks what can be checked before any work, so that a typo fails at once. */
export async function validate(options: PublishOptions): Promise<PublishContext['source']> {
  if (Boolean(options.api) === Boolean(options.in)) {
    throw new PublishError('cần đúng một trong --api THƯ_MỤC_DỮ_LIỆU hoặc --in THƯ_MỤC_XUẤT');
  }
  if (!(await isFile(path.join(options.app, 'index.html')))) {
    throw new PublishError(
      `${options.app} không phải bản dựng của ứng dụng (thiếu index.html): chạy npm run build`,
    );
  }
  let site: URL;
  try {
    site = baseUrl(options.siteUrl, '--site-url');
  } catch (error) {
    throw new PublishError((error as Error).message);
  }
  const base = await appBase(options.app);
  if (base && base !== site.pathname) {
    throw new PublishError(
      `ứng dụng trong ${options.app} được dựng cho đường dẫn ${base} nhưng --site-url là ${site.href}: ` +
        `dựng lại với npx vite build --base ${site.pathname}, hoặc sửa --site-url`,
    );
  }
  if (options.api && !(await isFile(path.join(options.api, files.site())))) {
    throw new PublishError(`${options.api} không phải thư mục dữ liệu (thiếu ${files.site()})`);
  }
  if (options.in && !(await isFile(path.join(options.in, files.site())))) {
    throw new PublishError(`${options.in} không phải thư mục xuất từ CMS (thiếu ${files.site()})`);
  }
  // A release inside one of its own sources would be copied into itself.
  const releasesAt = releasesDir(options.out);
  for (const [flag, dir] of [
    ['--app', options.app],
    ['--api', options.api],
    ['--in', options.in],
    ['--images', options.images],
  ]) {
    const relative = dir ? path.relative(path.resolve(dir), releasesAt) : '..';
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
      throw new PublishError(`--out phải nằm ngoài thư mục ${flag} (${dir})`);
    }
  }
  return options.api
    ? { kind: 'api', dir: path.resolve(options.api) }
    : { kind: 'export', dir: path.resolve(options.in ?? '') };
}
