/**
 * A synthetic export folder (input of build-api, not the contract tree) for load tests:
 *
 *   npm run corpus -- --articles 20000 --years 19 --out DIR [--seed 1] [--pin 2016-03:900,...]
 *
 * Deterministic: the same arguments give byte-identical files (seeded PRNG, fixed start date).
 * Articles are spread over `years` years from 1 January 2007, site time (+07:00).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as files from '../src/shared/urls/data-files.ts';
import {
  articleOf,
  flatten,
  hashOf,
  pad,
  prng,
  siteTimestamp,
  TREE,
  WARDS,
} from './corpus/synthetic.ts';
import { mapLimit } from './lib/pool.ts';
import { slugify } from './lib/slug.ts';

export interface CorpusOptions {
  articles: number;
  years: number;
  outDir: string;
  seed?: number;
  /** `YYYY-MM` or `YYYY-MM-DD` periods holding exactly `count` fixed articles each. */
  pins?: Pin[];
}

export interface Pin {
  period: string;
  count: number;
}

/** `2016-03:900,2015-06-15:5` → pins. */
export function parsePins(text: string): Pin[] {
  return text
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const match = /^(\d{4}-\d{2}(?:-\d{2})?):(\d+)$/.exec(part);
      if (!match) throw new Error(`--pin: "${part}" không đúng dạng YYYY-MM[-DD]:N`);
      return { period: match[1] as string, count: Number(match[2]) };
    });
}

export async function makeCorpus({ articles, years, outDir, seed = 1, pins = [] }: CorpusOptions) {
  const random = prng(seed);
  const categories = flatten(TREE, null, []);
  const out = path.resolve(outDir);
  const existing = await readdir(out).catch(() => []);
  if (existing.length > 0) throw new Error(`${out} không rỗng; hãy chọn thư mục mới`);
  await mkdir(path.join(out, files.ARTICLES), { recursive: true });

  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(
    path.join(out, files.site()),
    json({
      name: 'Ủy ban nhân dân Quận 1 (dữ liệu thử)',
      shortName: 'Quận 1',
      timeZone: 'Asia/Ho_Chi_Minh',
    }),
  );
  await writeFile(path.join(out, files.categories()), json({ categories }));
  await writeFile(
    path.join(out, files.contacts()),
    json({
      updatedAt: '2007-12-17',
      groups: WARDS.map((ward) => ({
        id: `phuong-${slugify(ward)}`,
        name: `Phường ${ward}`,
        kind: 'ward',
        contacts: [{ id: 'ubnd', name: `UBND phường ${ward}`, phones: [] }],
      })),
    }),
  );

  // Leaf-heavy weights, like a real portal: most news is filed in the deepest categories.
  const weighted = categories.flatMap((c) =>
    Array.from({ length: categories.some((x) => x.parent === c.slug) ? 1 : 4 }, () => c.slug),
  );
  const span = years * 365 * 24 * 60;
  const docs: [string, string][] = [];
  const write = (article: Record<string, unknown>) =>
    docs.push([`${article.id}.json`, json(article)]);
  // Pinned periods hold the same articles in every corpus (their own PRNG, their own ids): a
  // page measured there shows the same content whatever the size of the rest of the archive.
  const pinnedIn = (timestamp: string) => pins.some((pin) => timestamp.startsWith(pin.period));
  for (let n = 1; n <= articles; n++) {
    let publishedAt: string;
    do publishedAt = siteTimestamp(Math.floor(random() * span));
    while (pinnedIn(publishedAt));
    write(articleOf(random, weighted, publishedAt, pad(n, 6)));
  }
  for (const pin of pins) {
    const pinRandom = prng(hashOf(pin.period));
    const [year, month, day] = pin.period.split('-').map(Number) as [number, number, number?];
    const first = Date.UTC(year, month - 1, day ?? 1) - Date.UTC(2007, 0, 1);
    const length = day ? 1 : new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (let n = 1; n <= pin.count; n++) {
      const minute = first / 60_000 + Math.floor(pinRandom() * length * 24 * 60);
      write(
        articleOf(pinRandom, weighted, siteTimestamp(minute), `pin-${pin.period}-${pad(n, 4)}`),
      );
    }
  }
  await mapLimit(docs, 32, ([name, text]) => writeFile(path.join(out, files.ARTICLES, name), text));
  return { categories: categories.length, articles };
}

/** `--articles 20000`: a whole number ≥ `min`, else an error naming the option. */
function integer(raw: string | undefined, name: string, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new Error(`--${name} phải là số nguyên ≥ ${min} (nhận "${raw}")`);
  }
  return Number(raw);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  try {
    const { values } = parseArgs({
      options: {
        articles: { type: 'string' },
        years: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        pin: { type: 'string' },
      },
    });
    const outDir = values.out;
    if (!outDir) throw new Error('cần --out');
    const result = await makeCorpus({
      articles: integer(values.articles, 'articles', 20000, 1),
      years: integer(values.years, 'years', 19, 1),
      seed: integer(values.seed, 'seed', 1, 0),
      pins: parsePins(values.pin ?? ''),
      outDir,
    });
    console.log(`${result.articles} bài, ${result.categories} danh mục → ${outDir}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
