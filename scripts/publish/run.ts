/**
 * `publish()` and `rollback()`, the work of `npm run publish` (scripts/publish.ts, the CLI).
 * Builds the app, the data, its search index and feeds into a new release beside the live
 * one (scripts/publish/steps.ts), then points SITE at it in one step; keeps the release that
 * was live before, for --rollback (scripts/publish/releases.ts). Any failure before the switch
 * leaves the live site exactly as it was.
 */
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { baseUrl } from '../lib/site-url.ts';
import { closedAncestors, makeParent } from './files.ts';
import { dropCarried, readPublishRecord } from './record.ts';
import {
  buildingName,
  clearLeftovers,
  liveRelease,
  lock,
  PublishError,
  prune,
  releaseName,
  releases,
  releasesDir,
  sweepPruned,
  switchTo,
} from './releases.ts';
import { type PublishContext, plural, type Step } from './step-kit.ts';
import { publishSteps } from './steps.ts';
import { validate } from './validate.ts';

export interface PublishOptions {
  app: string;
  /** A data folder as served … */
  api?: string;
  /** … or a CMS export to build it from (exactly one of the two). */
  in?: string;
  out: string;
  siteUrl: string;
  images?: string;
  /** Progress lines (default: console.log). */
  log?: (line: string) => void;
  warn?: (message: string) => void;
  /** The steps to run; default publishSteps() (tests put a failing one in). */
  steps?: Array<Step | Step[]>;
}

export interface StepReport {
  name: string;
  ms: number;
  note: string;
}

export interface PublishResult {
  release: string;
  previous: string | null;
  removed: string[];
  steps: StepReport[];
  /** Set when the new version is live but cleaning up after the switch failed. */
  cleanup?: string;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const log = options.log ?? console.log;
  const warn = options.warn ?? ((message: string) => console.warn(`Cảnh báo: ${message}`));
  const source = await validate(options);
  const site = path.resolve(options.out);
  await makeParent(path.dirname(site));
  const unlock = await lock(site);
  // The releases the publish before this one took out are deleted beside this one's work
  // (prune only renames them, so that its switch is not kept waiting).
  const sweeping = sweepPruned(site).then(
    (names) => ({ names, error: undefined }),
    (error: Error) => ({ names: [] as string[], error }),
  );
  let sweepReported = false;
  try {
    const previous = await liveRelease(site);
    const left = await clearLeftovers(site);
    if (left.length) log(`Xoá phần còn sót của lần chạy bị ngắt: ${left.join(', ')}`);
    const name = releaseName(await releases(site));
    const building = path.join(releasesDir(site), buildingName(name));
    const live = previous && path.join(releasesDir(site), previous);
    const ctx: PublishContext = {
      app: path.resolve(options.app),
      source,
      images: options.images && path.resolve(options.images),
      siteUrl: baseUrl(options.siteUrl, '--site-url').href,
      release: building,
      apiDir: path.join(building, 'api'),
      live,
      previous: await readPublishRecord(live),
      record: {},
      warn,
    };
    log(
      `Phát hành ${site} (bản ${name}${previous ? `, dùng lại tệp không đổi của bản ${previous}` : ''})`,
    );
    const reports: StepReport[] = [];
    const step = async (label: string, run: () => Promise<string>) => {
      const started = performance.now();
      try {
        const note = await run();
        const ms = performance.now() - started;
        reports.push({ name: label, ms, note });
        log(`  ✓ ${label.padEnd(12)}${seconds(ms).padStart(9)}  ${note}`);
      } catch (error) {
        log(
          `  ✗ ${label.padEnd(12)}${seconds(performance.now() - started).padStart(9)}  ${(error as Error).message}`,
        );
        throw error;
      }
    };
    try {
      for (const s of options.steps ?? publishSteps(ctx)) {
        if (!Array.isArray(s)) {
          await step(s.name, () => s.run(ctx));
          continue;
        }
        // Side by side; every one ends before the release is removed on a failure.
        const ends = await Promise.allSettled(s.map((one) => step(one.name, () => one.run(ctx))));
        const failed = ends.find((end) => end.status === 'rejected');
        if (failed) throw failed.reason;
      }
      // Complete: from here on it may be served (and rolled back to).
      await rename(building, path.join(releasesDir(site), name));
    } catch (error) {
      await rm(building, { recursive: true, force: true });
      throw new PublishError(
        `${(error as Error).message}\nKhông có gì thay đổi: ${site} vẫn phục vụ ${previous ? `bản ${previous}` : '(chưa có bản nào)'}.`,
        { cause: error },
      );
    }
    await step('switch', async () => {
      await switchTo(site, name);
      return `${path.basename(site)} → ${path.basename(releasesDir(site))}/${name}`;
    });
    // The new version is live: what fails from here on is reported, not thrown as a failure
    // of the publish (the CLI exits 3: switched, cleanup incomplete).
    let removed: string[] = [];
    let cleanup: string | undefined;
    await step('prune', async () => {
      removed = await prune(site, [name, previous]);
      const dropped = live ? await dropCarried(live) : 0;
      const swept = await sweeping;
      sweepReported = true;
      if (swept.error) throw swept.error;
      const sweptNote = swept.names.length
        ? `; đã xoá hẳn ${plural(swept.names.length, 'bản')} bỏ ở lần trước`
        : '';
      return previous
        ? `giữ bản trước ${previous} để quay lại; bỏ ${removed.length} bản cũ` +
            (removed.length ? ' (xoá hẳn ở lần phát hành sau)' : '') +
            (dropped ? `, ${plural(dropped, 'tệp')} chỉ mục cũ trong bản trước` : '') +
            sweptNote
        : `bản đầu tiên${sweptNote}`;
    }).catch((error: Error) => {
      cleanup = `đã chuyển sang bản ${name}, nhưng dọn dẹp không xong: ${error.message}`;
      warn(cleanup);
    });
    const closed = await closedAncestors(releasesDir(site));
    if (closed.length) {
      warn(
        `máy chủ web (www-data, nobody) không vào được ${closed.join(', ')}: chmod o+x cho các thư mục đó`,
      );
    }
    return { release: name, previous, removed, steps: reports, cleanup };
  } finally {
    // Never left running past the lock: the next publish would sweep the same folders.
    const swept = await sweeping;
    await unlock();
    if (swept.error && !sweepReported) warn(`không xoá được bản đã bỏ: ${swept.error.message}`);
  }
}

/** Points SITE back at the release before the live one. */
export async function rollback(out: string): Promise<{ from: string; to: string }> {
  const site = path.resolve(out);
  const unlock = await lock(site);
  try {
    const live = await liveRelease(site);
    if (!live) throw new PublishError(`${site} chưa có bản nào để quay lại`);
    const earlier = (await releases(site)).filter((name) => name < live);
    const to = earlier.at(-1);
    if (!to) throw new PublishError(`không còn bản nào trước ${live} trong ${releasesDir(site)}`);
    await switchTo(site, to);
    return { from: live, to };
  } finally {
    await unlock();
  }
}
