/**
 * The products made from the data: the search index (§4) and the Atom feeds (§5). Each is
 * built again only when the code that makes it or a data file it read has changed since the
 * live release (`.publish.json`, record.ts); otherwise the live release's files are linked.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildFeeds, folderReader } from '../build-feeds.ts';
import { buildSearch } from '../build-search.ts';
import { linkOrCopy, shareIfSame } from '../lib/place-file.ts';
import { mapLimit } from '../lib/pool.ts';
import { writeIfChanged } from '../pages/write-if-changed.ts';
import { HASHED, type TextCache } from '../search/write-index.ts';
import { codeKey, Inputs, type ProductRecord, unchanged, writePublishRecord } from './record.ts';
import { type PublishContext, plural, type Step, tally } from './step-kit.ts';
import { plainFiles } from './tree.ts';

const SEARCH_CODE = [
  'scripts/build-search.ts',
  'scripts/search',
  'scripts/lib/html-text.ts',
  'src/shared/search',
  'node_modules/pagefind/package.json',
];
const FEEDS_CODE = ['scripts/build-feeds.ts', 'scripts/feeds', 'scripts/lib/html-text.ts'];

/**
 * The articles' texts in the search engine's form, kept between publishes beside the releases
 * (`SITE.releases/.search-text.json`, in no release): only changed articles are read again.
 */
const textCacheFile = (ctx: PublishContext) =>
  path.join(path.dirname(ctx.release), '.search-text.json');

async function readTextCache(ctx: PublishContext): Promise<TextCache> {
  try {
    const entries = JSON.parse(await readFile(textCacheFile(ctx), 'utf8'));
    if (Array.isArray(entries)) return new Map(entries);
  } catch {}
  return new Map();
}

async function writeTextCache(ctx: PublishContext, cache: TextCache): Promise<void> {
  await writeIfChanged(textCacheFile(ctx), JSON.stringify([...cache]));
}

/** Links the files `before` made from the live release's `folder` into this release's. */
async function reuse(ctx: PublishContext, folder: string, before: ProductRecord) {
  const from = path.join(ctx.live as string, folder);
  const to = path.join(ctx.release, folder);
  await rm(to, { recursive: true, force: true }); // only ever this release's own names
  for (const dir of new Set(before.files.map((f) => path.dirname(f)))) {
    await mkdir(path.join(to, dir), { recursive: true, mode: 0o755 });
  }
  for (const file of before.files) await linkOrCopy(path.join(from, file), path.join(to, file));
  for (const warning of before.warnings) ctx.warn(warning);
}

async function save(ctx: PublishContext, name: 'search' | 'feeds', product: ProductRecord) {
  ctx.record = { ...ctx.record, [name]: product };
  await writePublishRecord(ctx.release, ctx.record);
}

/**
 * The search index of exactly this data, beside it (§4): never one of another version. The
 * live release's index files that this one lacks (Pagefind names them by their content) are
 * carried over, so that a reader who loaded the old entry before the switch still gets the
 * files it names; prune removes them once that release is gone (releases.ts).
 */
export const search: Step = {
  name: 'search',
  async run(ctx) {
    const folder = 'api/search';
    const key = await codeKey(SEARCH_CODE);
    const before = ctx.previous?.search;
    let note: string;
    let own: string[];
    if (before && ctx.live && (await unchanged(ctx.apiDir, before, key))) {
      await reuse(ctx, folder, before);
      await save(ctx, 'search', before);
      own = before.files;
      note = `dữ liệu không đổi: ${plural(own.length, 'tệp')} dùng lại`;
    } else {
      const inputs = new Inputs();
      const cache = await readTextCache(ctx);
      const live = ctx.live ?? '';
      // Pagefind names most of its files by their content: those the live index has too are
      // the same bytes, linked from it rather than written and kept twice.
      const result = await buildSearch(
        ctx.apiDir,
        ctx.warn,
        (f, b) => inputs.note(f, b),
        cache,
        live ? path.join(live, folder) : undefined,
      );
      await writeTextCache(ctx, cache);
      own = await plainFiles(path.join(ctx.release, folder));
      await save(ctx, 'search', {
        key,
        inputs: inputs.toJSON(),
        warnings: result.warnings,
        files: own,
      });
      // The others (the entry, the scripts, the wasm) are shared when their bytes are equal.
      const linked = new Set(result.linked);
      const shared = !live
        ? 0
        : linked.size +
          (
            await mapLimit(
              own.filter((file) => !linked.has(file)),
              32,
              (file) =>
                shareIfSame(path.join(ctx.release, folder, file), path.join(live, folder, file), {
                  named: HASHED.test(file),
                }),
            )
          ).filter(Boolean).length;
      const skipped = result.warnings.length ? `, bỏ qua ${result.warnings.length} mục lỗi` : '';
      note = `${plural(result.articles, 'bài')} → ${plural(result.files, 'tệp')}: ${tally(own.length - shared, shared)}${skipped}`;
    }
    if (!ctx.live) return note;
    const liveOwn =
      before?.files ?? (await plainFiles(path.join(ctx.live, folder)).catch(() => []));
    const have = new Set(own);
    const carried = liveOwn.filter((file) => !have.has(file));
    for (const file of carried) {
      const to = path.join(ctx.release, folder, file);
      await mkdir(path.dirname(to), { recursive: true, mode: 0o755 });
      await linkOrCopy(path.join(ctx.live, folder, file), to).catch((error) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
    }
    ctx.record = { ...ctx.record, carried };
    await writePublishRecord(ctx.release, ctx.record);
    return carried.length
      ? `${note}; giữ ${plural(carried.length, 'tệp')} chỉ mục của bản trước cho người đang tìm`
      : note;
  },
};

/** Atom feeds with the portal's real address (§5). */
export const feeds: Step = {
  name: 'feeds',
  async run(ctx) {
    const folder = 'api/feeds';
    const key = await codeKey(FEEDS_CODE, ctx.siteUrl);
    const before = ctx.previous?.feeds;
    if (before && ctx.live && (await unchanged(ctx.apiDir, before, key))) {
      await reuse(ctx, folder, before);
      await save(ctx, 'feeds', before);
      return `dữ liệu không đổi: ${plural(before.files.length, 'tin Atom')} dùng lại`;
    }
    const inputs = new Inputs();
    const read = folderReader(ctx.apiDir);
    const result = await buildFeeds({
      apiDir: ctx.apiDir,
      siteUrl: ctx.siteUrl,
      read: async (file) => {
        const text = await read(file);
        inputs.note(file, text === undefined ? null : Buffer.from(text));
        return text;
      },
    });
    for (const warning of result.warnings) ctx.warn(warning);
    const files = [...result.files.keys()].sort();
    await save(ctx, 'feeds', { key, inputs: inputs.toJSON(), warnings: result.warnings, files });
    return `${plural(result.files.size, 'tin Atom')} mới`;
  },
};
