/**
 * What `npm run publish` does to build a release, in order: one named step each, timed and
 * printed. Each step works inside the new release only; none touches the live site. A step
 * reuses what the live release already has where its inputs did not change (hard links: see
 * tree.ts), and says what it made anew, what it reused and what it left out.
 */
import path from 'node:path';
import { buildApi } from '../build-api.ts';
import { type PublishContext, plural, type Step, tally } from './step-kit.ts';
import { feeds, search } from './steps-derived.ts';
import { check, drawnInto, pages, permissions } from './steps-pages.ts';
import { copyTree, plainFiles } from './tree.ts';

export type { PublishContext, Step } from './step-kit.ts';

/** Files of the live release's `folder` that the new release's `folder` does not have. */
async function gone(ctx: PublishContext, folder: string, skip?: (f: string) => boolean) {
  if (!ctx.live) return undefined;
  const before = await plainFiles(path.join(ctx.live, folder), skip).catch(() => []);
  const now = new Set(await plainFiles(path.join(ctx.release, folder), skip).catch(() => []));
  return before.filter((file) => !now.has(file)).length;
}

const live = (ctx: PublishContext, folder: string) =>
  ctx.live ? path.join(ctx.live, folder) : undefined;

/**
 * The app build, without its sample data, pages drawn for other data, its build manifest or
 * other hosts' files.
 */
const app: Step = {
  name: 'app',
  async run(ctx) {
    const drawn = await drawnInto(ctx.app);
    const skip = (file: string) =>
      file === 'api' ||
      file.startsWith('api/') ||
      file === '_headers' ||
      file === '_redirects' ||
      drawn(file);
    const done = await copyTree(ctx.app, ctx.release, { skip, live: live(ctx, '') });
    return `${plural(done.files, 'tệp')}: ${tally(done.files - done.reused, done.reused)}`;
  },
};

const derived = (file: string) => /^(search|feeds)(\/|$)/.test(file);

/** A data folder as served, as it is; its search index and feeds are made anew below. */
const copyData: Step = {
  name: 'data',
  async run(ctx) {
    const hashes = new Map<string, string>();
    const done = await copyTree(ctx.source.dir, ctx.apiDir, {
      skip: derived,
      live: live(ctx, 'api'),
      hashes,
    });
    ctx.dataHashes = hashes;
    const removed = await gone(ctx, 'api', derived);
    return `${plural(done.files, 'tệp')} từ ${ctx.source.dir}: ${tally(done.files - done.reused, done.reused, removed)}`;
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
      reuseFrom: live(ctx, 'api'),
    });
    ctx.dataHashes = result.hashes;
    const removed = await gone(ctx, 'api', derived);
    return `${plural(result.articles, 'bài')} → ${plural(result.files, 'tệp')}: ${tally(result.files - result.reused, result.reused, removed)}`;
  },
};

const images: Step = {
  name: 'images',
  async run(ctx) {
    const to = path.join(ctx.release, 'images');
    const done = await copyTree(ctx.images ?? '', to, { live: live(ctx, 'images') });
    const removed = await gone(ctx, 'images');
    return `${plural(done.files, 'tệp')}: ${tally(done.files - done.reused, done.reused, removed)}`;
  },
};

/**
 * The steps for one publish, in order; a list inside runs at the same time. The search index
 * and the pages read the same data and write apart: on two CPUs one builds its index while the
 * other draws (or, in an incremental publish, hashes the pages' inputs).
 */
export function publishSteps(ctx: Pick<PublishContext, 'source' | 'images'>): Array<Step | Step[]> {
  return [
    app,
    ctx.source.kind === 'api' ? copyData : buildData,
    ...(ctx.images ? [images] : []),
    feeds,
    [search, pages],
    check,
    permissions,
  ];
}
