// A CMS export as a hostile source writes it (issue #22), run through the project's own
// generator (`build:api`, which builds the search index and the feeds): a cut emoji (a lone
// UTF-16 surrogate), twins that differ only by their marks, a 2 MB body, and dates in 1900.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './harness.mjs';

const EXPORT_DIR = path.join(REPO_ROOT, 'test-results', 'hostile-search-export');
export const HOSTILE_SEARCH_DIR = path.join(REPO_ROOT, 'test-results', 'hostile-search-api');
export const SITE_URL = 'https://quan1.example.gov.vn/';

export const BIG_TITLE = 'Báo cáo ngân sách rất dài';
export const EMOJI_TITLE = 'Chúc mừng năm mới \ud83d';
export const TWINS = {
  duong: ['Sửa đường phố Lê Lợi', 'Sửa dương phố Lê Lợi'],
  ho: ['Đăng ký hộ kinh doanh', 'Đăng ký hồ kinh doanh'],
};
export const OLD_DATE = '1900-06-01T08:00:00+07:00';

const day = '2007-12-05T08:00:00+07:00';
const same = '<p>Công trình hoàn thành cuối tháng.</p>';
const paragraph = (i) =>
  `<p>Đoạn ${i}: ngân sách phường được chi cho đường sá, trường học và trạm y tế theo kế hoạch năm.</p>`;
// ~2 MB of HTML (about 1.9 million characters of text; the index keeps its first 200 000).
const bigBody = Array.from({ length: 20_000 }, (_, i) => paragraph(i)).join('');

const articles = [
  { id: 'cat-emoji', title: EMOJI_TITLE, body: '<p>Pháo hoa \ud83d lúc nửa đêm \udc4d.</p>' },
  { id: 'sua-duong-pho', title: TWINS.duong[0], body: same },
  { id: 'sua-duong-pho-2', title: TWINS.duong[1], body: same },
  { id: 'dang-ky-ho', title: TWINS.ho[0], body: same },
  { id: 'dang-ky-ho-2', title: TWINS.ho[1], body: same },
  { id: 'bao-cao-dai', title: BIG_TITLE, body: bigBody },
  { id: 'nam-1900', title: 'Bài ghi năm 1900', body: '<p>Tư liệu cũ.</p>', publishedAt: OLD_DATE },
].map((a) => ({ category: 'tin-tuc', publishedAt: day, ...a }));

const json = (value) => `${JSON.stringify(value)}\n`;
let pending;

/** @returns {Promise<string>} the generated folder; throws with the generator's stderr */
export function hostileSearchApi() {
  pending ??= (async () => {
    await rm(EXPORT_DIR, { recursive: true, force: true });
    await rm(HOSTILE_SEARCH_DIR, { recursive: true, force: true });
    await mkdir(path.join(EXPORT_DIR, 'articles'), { recursive: true });
    const site = {
      name: 'Ủy ban nhân dân Quận 1',
      shortName: 'Quận 1',
      timeZone: 'Asia/Ho_Chi_Minh',
    };
    await writeFile(path.join(EXPORT_DIR, 'site.json'), json(site));
    await writeFile(
      path.join(EXPORT_DIR, 'categories.json'),
      json({ categories: [{ slug: 'tin-tuc', name: 'Tin tức', parent: null }] }),
    );
    await writeFile(
      path.join(EXPORT_DIR, 'contacts.json'),
      json({ updatedAt: '2007-12-17', groups: [] }),
    );
    for (const article of articles) {
      await writeFile(path.join(EXPORT_DIR, 'articles', `${article.id}.json`), json(article));
    }
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const args = ['scripts/build-api.ts', '--in', EXPORT_DIR, '--out', HOSTILE_SEARCH_DIR];
    await promisify(execFile)(tsx, [...args, '--site-url', SITE_URL], {
      cwd: REPO_ROOT,
      timeout: 180_000,
    }).catch((error) => {
      throw new Error(`build:api failed (exit ${error.code}):\n${error.stderr}`);
    });
    return HOSTILE_SEARCH_DIR;
  })();
  return pending;
}
