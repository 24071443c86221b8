/**
 * What `npm run publish` does to build a release, in order: one named step each, timed and
 * printed. Each step works inside the new release only; none touches the live site. A step
 * reuses what the live release already has where its inputs did not change (hard links: see
 * tree.ts), and says what it made anew, what it reused and what it left out.
 */
import path from 'node:path';
import { buildApi } from '../build-api.ts';
import type { PublishRecord } from './record.ts';
import { feeds, search } from './steps-derived.ts';
import { check, pages, permissions } from './steps-pages.ts';
import { copyTree, plainFiles } from './tree.ts';

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
  /** The live release's folder (what this one reuses), null for a first publish. */
  live?: string | null;
  /** What the live release was made from (its .publish.json), {} when unknown. */
  previous?: PublishRecord;
  /** What this release is made from, filled in by the steps. */
  record?: PublishRecord;
  /** The page files drawn by this publish (the check step checks those). */
  drawn?: string[];
  warn: (message: string) => void;
}

export interface Step {
  name: string;
  /** Does the step's work; returns a short note on what it did, for the report. */
  run: (ctx: PublishContext) => Promise<string>;
}

export const plural = (n: number, what: string) => `${n.toLocaleString('vi-VN')} ${what}`;

/** "mới 3, dùng lại 4 410, bỏ 1": what a step made, took from the live release, left out. */
export function tally(made: number, reused: number, removed?: number): string {
  const parts = [
    `mới ${made.toLocaleString('vi-VN')}`,
    `dùng lại ${reused.toLocaleString('vi-VN')}`,
  ];
  if (removed !== undefined) parts.push(`bỏ ${removed.toLocaleString('vi-VN')}`);
  return parts.join(', ');
}

/** Files of the live release's `folder` that the new release's `folder` does not have. */
async function gone(ctx: PublishContext, folder: string, skip?: (f: string) => boolean) {
  if (!ctx.live) return undefined;
  const before = await plainFiles(path.join(ctx.live, folder), skip).catch(() => []);
  const now = new Set(await plainFiles(path.join(ctx.release, folder), skip).catch(() => []));
  return before.filter((file) => !now.has(file)).length;
}

const live = (ctx: PublishContext, folder: string) =>
  ctx.live ? path.join(ctx.live, folder) : undefined;

/** The app build, without its sample data, its build manifest or other hosts' files. */
const app: Step = {
  name: 'app',
  async run(ctx) {
    const skip = (file: string) =>
      file === 'api' || file.startsWith('api/') || file === '_headers' || file === '_redirects';
    const done = await copyTree(ctx.app, ctx.release, { skip, live: live(ctx, '') });
    return `${plural(done.files, 'tệp')}: ${tally(done.files - done.reused, done.reused)}`;
  },
};

const derived = (file: string) => /^(search|feeds)(\/|$)/.test(file);

/** A data folder as served, as it is; its search index and feeds are made anew below. */
const copyData: Step = {
  name: 'data',
  async run(ctx) {
    const done = await copyTree(ctx.source.dir, ctx.apiDir, {
      skip: derived,
      live: live(ctx, 'api'),
    });
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
