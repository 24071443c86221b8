// The search spec's own data set, written at test time and run through the static-API generator
// (which builds the search index as its last step): a few articles chosen for each Vietnamese
// rule of CONTRACT.md §4, and twelve alike for paging. Kept apart from the shared browser
// fixture so that other specs' counts do not move.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXPORT_DIR = path.join(REPO_ROOT, 'test-results', 'search-export');
export const SEARCH_API_DIR = path.join(REPO_ROOT, 'test-results', 'search-api');

export const HOSTILE_TITLE = 'Bài <b onmouseover=alert(1)>cảnh giác</b>';

const articles = [
  {
    id: 'tet-duong-lich',
    title: 'Nghỉ Tết Dương lịch 2008',
    category: 'tin-tuc',
    publishedAt: '2007-12-28T08:00:00+07:00',
    body: '<p>Cán bộ được nghỉ một ngày.</p>',
  },
  {
    id: 'duong-day-nong',
    title: 'Quận mở đường dây nóng',
    category: 'tin-tuc',
    publishedAt: '2007-12-10T08:00:00+07:00',
    summary: 'Tiếp nhận phản ánh của người dân.',
    body: '<p>Gọi số 08.8291913 bất cứ lúc nào.</p>',
  },
  {
    id: 'sua-duong',
    title: 'Sửa đường Nguyễn Huệ',
    category: 'tin-tuc',
    publishedAt: '2007-12-05T08:00:00+07:00',
    body: '<p>Đường sẽ thông xe cuối tháng.</p>',
  },
  {
    id: 'ho-tich',
    title: 'Hướng dẫn làm hộ tịch',
    category: 'ho-tich',
    publishedAt: '2007-12-03T08:00:00+07:00',
    body: `<p>${'Người dân mang giấy tờ tùy thân. '.repeat(12)}Hồ sơ nộp tại phường <b>Thủ Thiêm</b>.</p>`,
  },
  {
    id: 'bai-doc-hai',
    title: HOSTILE_TITLE,
    category: 'tin-tuc',
    publishedAt: '2007-12-02T08:00:00+07:00',
    body: '<p>Hãy cảnh giác <img src="/x.png" alt="" onerror="alert(2)"> với mã độc.</p>',
  },
  ...Array.from({ length: 12 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return {
      id: `lich-tiep-cong-dan-${n}`,
      title: `Lịch tiếp công dân tuần ${n}`,
      category: 'thong-bao',
      publishedAt: `2007-11-${n}T08:00:00+07:00`,
      body: `<p>Chủ tịch tiếp công dân sáng thứ Năm, tuần ${n}.</p>`,
    };
  }),
];

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

let pending;

/** @returns {Promise<string>} the generated data folder, with search/ */
export function searchApi() {
  pending ??= (async () => {
    await rm(EXPORT_DIR, { recursive: true, force: true });
    await rm(SEARCH_API_DIR, { recursive: true, force: true });
    await mkdir(path.join(EXPORT_DIR, 'articles'), { recursive: true });
    await writeFile(
      path.join(EXPORT_DIR, 'site.json'),
      json({ name: 'Ủy ban nhân dân Quận 1', shortName: 'Quận 1', timeZone: 'Asia/Ho_Chi_Minh' }),
    );
    await writeFile(
      path.join(EXPORT_DIR, 'categories.json'),
      json({
        categories: [
          { slug: 'tin-tuc', name: 'Tin tức', parent: null },
          { slug: 'thong-bao', name: 'Thông báo', parent: null },
          { slug: 'ho-tich', name: 'Hộ tịch', parent: 'thong-bao' },
        ],
      }),
    );
    await writeFile(
      path.join(EXPORT_DIR, 'contacts.json'),
      json({ updatedAt: '2007-12-17', groups: [] }),
    );
    for (const article of articles) {
      await writeFile(path.join(EXPORT_DIR, 'articles', `${article.id}.json`), json(article));
    }
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    await promisify(execFile)(
      tsx,
      ['scripts/build-api.ts', '--in', EXPORT_DIR, '--out', SEARCH_API_DIR],
      { cwd: REPO_ROOT, timeout: 120_000 },
    );
    if (!existsSync(path.join(SEARCH_API_DIR, 'search', 'pagefind.js'))) {
      throw new Error(`searchApi: no search index in ${SEARCH_API_DIR}`);
    }
    return SEARCH_API_DIR;
  })();
  return pending;
}
