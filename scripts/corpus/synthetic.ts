/**
 * The made-up content of a load-test corpus (scripts/make-corpus.ts): the category tree, words
 * for titles and bodies, a seeded PRNG and site-local timestamps. Deterministic throughout.
 */
import { slugify } from '../lib/slug.ts';

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
export const TREE: Node[] = [
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
export const WARDS = ['Bến Nghé', 'Bến Thành', 'Cầu Kho', 'Cô Giang', 'Đa Kao', 'Tân Định'];
const SENTENCES = [
  'UBND quận đề nghị các phòng ban và UBND các phường phối hợp thực hiện.',
  'Người dân có thể liên hệ bộ phận tiếp nhận và trả kết quả để được hướng dẫn.',
  'Kết quả thực hiện được báo cáo định kỳ hằng tháng.',
  'Đây là dữ liệu tổng hợp dùng để kiểm thử, không phải tin thật.',
  'Các đơn vị có trách nhiệm niêm yết công khai tại trụ sở.',
];

export interface CorpusCategory {
  slug: string;
  name: string;
  parent: string | null;
}

export function flatten(
  nodes: Node[],
  parent: string | null,
  out: CorpusCategory[],
): CorpusCategory[] {
  for (const [name, children] of nodes) {
    const slug = slugify(name);
    out.push({ slug, name, parent });
    if (children) flatten(children, slug, out);
  }
  return out;
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A site-local (+07:00) timestamp `offsetMinutes` after 2007-01-01T00:00+07:00. */
export function siteTimestamp(offsetMinutes: number): string {
  const d = new Date(Date.UTC(2007, 0, 1, 0, 0) + offsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+07:00`;
}

export function hashOf(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** One synthetic article: title, summary, body, maybe a thumbnail with its intrinsic size. */
export function articleOf(
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
