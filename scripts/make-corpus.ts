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
import { intArg, parseArgs } from './lib/args.ts';
import { mapLimit } from './lib/pool.ts';
import { slugify } from './lib/slug.ts';

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Node = [name: string, children?: Node[]];
const TREE: Node[] = [
  [
    'Tin tức & sự kiện',
    [
      ['Cải cách hành chính', [['Một cửa'], ['Dịch vụ công trực tuyến']]],
      ['Kinh tế', [['Thương mại - dịch vụ'], ['Du lịch']]],
      ['Văn hoá - xã hội', [['Giáo dục'], ['Y tế'], ['Thể dục thể thao']]],
      ['Quốc phòng - an ninh'],
    ],
  ],
  ['Thông báo', [['Thông báo của UBND quận'], ['Lịch tiếp công dân']]],
  ['Văn bản pháp quy', [['Quyết định', [['Quy hoạch'], ['Đất đai - nhà ở']]], ['Chỉ thị']]],
  ['Hỏi đáp'],
];

const TOPICS = [
  'cải cách thủ tục hành chính',
  'cấp giấy phép xây dựng',
  'chỉnh trang đô thị',
  'phòng chống dịch bệnh',
  'an toàn giao thông',
  'khai giảng năm học mới',
  'bình ổn giá thị trường',
  'vệ sinh an toàn thực phẩm',
  'tiếp công dân định kỳ',
  'hộ tịch và chứng thực',
  'phòng cháy chữa cháy',
  'giảm nghèo bền vững',
  'lễ hội đường hoa',
  'quản lý chợ truyền thống',
];
const VERBS = ['Triển khai', 'Tổng kết', 'Hướng dẫn', 'Kiểm tra', 'Thông báo về', 'Hội nghị về'];
const WARDS = ['Bến Nghé', 'Bến Thành', 'Cầu Kho', 'Cô Giang', 'Đa Kao', 'Tân Định'];
const SENTENCES = [
  'UBND quận đề nghị các phòng ban và UBND các phường phối hợp thực hiện.',
  'Người dân có thể liên hệ bộ phận tiếp nhận và trả kết quả để được hướng dẫn.',
  'Kết quả thực hiện được báo cáo định kỳ hằng tháng.',
  'Đây là dữ liệu tổng hợp dùng để kiểm thử, không phải tin thật.',
  'Các đơn vị có trách nhiệm niêm yết công khai tại trụ sở.',
];

interface CorpusCategory {
  slug: string;
  name: string;
  parent: string | null;
}

function flatten(nodes: Node[], parent: string | null, out: CorpusCategory[]): CorpusCategory[] {
  for (const [name, children] of nodes) {
    const slug = slugify(name);
    out.push({ slug, name, parent });
    if (children) flatten(children, slug, out);
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A site-local (+07:00) timestamp `offsetMinutes` after 2007-01-01T00:00+07:00. */
function siteTimestamp(offsetMinutes: number): string {
  const d = new Date(Date.UTC(2007, 0, 1, 0, 0) + offsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+07:00`;
}

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

function hashOf(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** One synthetic article: title, summary, body, maybe a thumbnail with its intrinsic size. */
function articleOf(
  random: () => number,
  weighted: readonly string[],
  publishedAt: string,
  number: string,
): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const category = pick(weighted);
  const title = `${pick(VERBS)} ${pick(TOPICS)} tại phường ${pick(WARDS)} (${number})`;
  const id = `${number}-${slugify(title, 100)}`.slice(0, 128).replace(/-+$/, '');
  const paragraphs = Array.from({ length: 2 + Math.floor(random() * 5) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SENTENCES)).join(' '),
  );
  const article: Record<string, unknown> = {
    id,
    title,
    publishedAt,
    category,
    summary: paragraphs[0]?.slice(0, paragraphs[0].indexOf('.') + 1),
    body: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    author: pick(['NN', 'PV', 'BBT', 'TH']),
  };
  if (random() < 0.3) {
    const image = {
      src: '/images/tru-so-ubnd-quan-1.svg',
      alt: 'Hình minh hoạ',
      width: 640,
      height: 400,
    };
    article.thumbnail = image;
    article.images = [{ ...image, caption: 'Hình minh hoạ (dữ liệu thử)' }];
  }
  return article;
}

export async function makeCorpus({ articles, years, outDir, seed = 1, pins = [] }: CorpusOptions) {
  const random = prng(seed);
  const categories = flatten(TREE, null, []);
  const out = path.resolve(outDir);
  const existing = await readdir(out).catch(() => []);
  if (existing.length > 0) throw new Error(`${out} không rỗng; hãy chọn thư mục mới`);
  await mkdir(path.join(out, 'articles'), { recursive: true });

  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(
    path.join(out, 'site.json'),
    json({
      name: 'Ủy ban nhân dân Quận 1 (dữ liệu thử)',
      shortName: 'Quận 1',
      timeZone: 'Asia/Ho_Chi_Minh',
    }),
  );
  await writeFile(path.join(out, 'categories.json'), json({ categories }));
  await writeFile(
    path.join(out, 'contacts.json'),
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
  await mapLimit(docs, 32, ([name, text]) => writeFile(path.join(out, 'articles', name), text));
  return { categories: categories.length, articles };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  try {
    const args = parseArgs(process.argv.slice(2), ['articles', 'years', 'out', 'seed', 'pin']);
    const outDir = args.get('out');
    if (!outDir) throw new Error('cần --out');
    const result = await makeCorpus({
      articles: intArg(args, 'articles', 20000, 1),
      years: intArg(args, 'years', 19, 1),
      seed: intArg(args, 'seed', 1, 0),
      pins: parsePins(args.get('pin') ?? ''),
      outDir,
    });
    console.log(`${result.articles} bài, ${result.categories} danh mục → ${outDir}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
