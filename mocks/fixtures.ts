/**
 * A small data set that follows the contract, as a map from contract path to JSON. Tests
 * replace single files with `serveFile` to break one thing at a time.
 */
import * as v from 'valibot';
import { buildTree } from '../scripts/api/build-tree';
import {
  ArticleDocument,
  CategoriesDocument,
  ContactsDocument,
  SiteDocument,
} from '../src/shared/contract/documents';

type Json = unknown;

const TZ = 'Asia/Ho_Chi_Minh';

export const site = {
  name: 'Ủy ban nhân dân Quận Mẫu',
  shortName: 'Quận Mẫu',
  timeZone: TZ,
  address: '1 Đường Thử, Phường Một',
};

export const categories = [
  { slug: 'tin-tuc', name: 'Tin tức & sự kiện', parent: null, description: 'Tin của quận' },
  { slug: 'cai-cach', name: 'Cải cách hành chính', parent: 'tin-tuc' },
  { slug: 'thong-bao', name: 'Thông báo', parent: null },
];

export interface FixtureArticle {
  id: string;
  title: string;
  publishedAt: string;
  category: string;
  summary?: string;
  body: string;
  author?: string;
  images?: { src: string; alt: string; caption?: string; width?: number; height?: number }[];
}

export const articles: FixtureArticle[] = [
  {
    id: 'cong-khai-duong-day-nong',
    title: 'Công khai số điện thoại đường dây nóng',
    publishedAt: '2007-12-17T16:00:00+07:00',
    category: 'cai-cach',
    summary: 'Thông báo về đường dây nóng.',
    body: '<p>Đoạn một.</p><ul><li>Điện thoại: 08.8291913</li></ul>',
    author: 'NN',
    images: [
      { src: '/images/a.svg', alt: 'Trụ sở', caption: 'Trụ sở UBND', width: 640, height: 400 },
    ],
  },
  {
    id: 'khai-giang-lop',
    title: 'Khai giảng lớp trung cấp',
    publishedAt: '2007-12-10T11:19:00+07:00',
    category: 'cai-cach',
    body: '<p>Nội dung.</p>',
  },
  {
    id: 'nua-dem-ngay-10',
    title: 'Bài lúc nửa đêm ngày 10',
    publishedAt: '2007-12-10T00:30:00+07:00',
    category: 'thong-bao',
    body: '<p>Nội dung.</p>',
  },
  {
    id: 'khuya-ngay-9',
    title: 'Bài lúc khuya ngày 9',
    publishedAt: '2007-12-09T23:30:00+07:00',
    category: 'thong-bao',
    body: '<p>Nội dung.</p>',
  },
  {
    id: 'dich-vu-cong',
    title: 'Triển khai dịch vụ công qua mạng',
    publishedAt: '2007-11-21T07:42:00+07:00',
    category: 'cai-cach',
    body: '<p>Nội dung.</p>',
  },
];

export const contacts = {
  updatedAt: '2007-12-17',
  groups: [
    {
      id: 'ubnd-quan',
      name: 'UBND Quận Mẫu',
      kind: 'district',
      contacts: [
        {
          id: 'cchc',
          name: 'Bộ phận cải cách hành chính',
          role: 'Tiếp nhận phản ánh',
          phones: [{ label: 'Đường dây nóng', number: '08.8291913' }],
          emails: ['cchc@example.gov.vn'],
          mailbox: 'Phòng số 101',
        },
        {
          id: 'tu-dong',
          name: 'Hộp thư trả lời tự động',
          phones: [
            { label: 'Cố định', number: '8.290.294' },
            { label: 'Di động', number: '0909.022.456' },
          ],
        },
      ],
    },
    {
      id: 'phuong-mot',
      name: 'Phường Một',
      kind: 'ward',
      contacts: [{ id: 'ubnd-phuong-mot', name: 'UBND phường Một', phones: [] }],
    },
  ],
};

export const PAGE_SIZE = 2;

/**
 * The contract tree for the data above, built by the static-API generator's own `buildTree`
 * (page size 2 so pagination shows; no `related`, so the article sidebar's fallback is the
 * default path).
 */
export function buildFixtureFiles(): Record<string, Json> {
  const tree = buildTree(
    {
      site: v.parse(SiteDocument, site),
      categories: v.parse(CategoriesDocument, { categories }).categories,
      contacts: v.parse(ContactsDocument, contacts),
      articles: articles.map((article) => v.parse(ArticleDocument, article)),
      articleFiles: articles.map((article) => `articles/${article.id}.json`),
    },
    { pageSize: PAGE_SIZE, related: 0 },
  );
  return Object.fromEntries(tree);
}
