/** What every publish step is given and how it reports (steps.ts lists the steps). */
import type { PublishRecord } from './record.ts';

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
  /**
   * The data files the data step put in `apiDir` (relative to it) → sha1 of their bytes: the
   * pages step takes these rather than reading every file again to compare it with its record.
   */
  dataHashes?: ReadonlyMap<string, string>;
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
