// A data folder as a hostile or broken CMS export would serve it, built from the browser
// fixture (fixture-api.mjs) into test-results/hostile-api/. Used by hostile.test.mjs and by
// the bench's "typing in a 10 000-contact filter" figure.
//
//   categories/mot-cua/1.json            pageCount 9 007 199 254 740 991 for 6 articles (absurd)
//   categories/cai-cach-hanh-chinh/1.json pageCount 1e9, total 1e10 (huge but consistent)
//   categories/thong-bao/1.json          + a summary whose thumbnail is /\evil.example/…
//   articles/bai-rong-doc-hai.json       long <pre>, wide table, long URL, huge image,
//                                        backslash links and images, an unclosed <math>
//   categories.json                      + a 50-level chain under thong-bao, + a parent loop
//   contacts.json                        + a department of 10 000 contacts
// Missing supporting files are simulated per test (page.route answers 404).

import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fixtureApi } from './fixture-api.mjs';
import { REPO_ROOT } from './harness.mjs';

export const HOSTILE_DIR = path.join(REPO_ROOT, 'test-results', 'hostile-api');
export const WIDE_ARTICLE = 'bai-rong-doc-hai';
export const MANY_CONTACTS = 10_000;
export const CHAIN_DEPTH = 50;
export const EVIL_HOST = 'evil.example';

const readJson = async (rel) => JSON.parse(await readFile(path.join(HOSTILE_DIR, rel), 'utf8'));
const writeJson = async (rel, value) => {
  await mkdir(path.dirname(path.join(HOSTILE_DIR, rel)), { recursive: true });
  await writeFile(path.join(HOSTILE_DIR, rel), JSON.stringify(value));
};

const LONG_LINE = `const duLieu = [${Array.from({ length: 120 }, (_, i) => `"muc-${i}"`).join(', ')}];`;
const WIDE_BODY = [
  '<p>Đoạn mở đầu.</p>',
  `<pre><code>${LONG_LINE}</code></pre>`,
  `<table><tr>${'<td>ô&nbsp;bảng&nbsp;rất&nbsp;rộng</td>'.repeat(30)}</tr></table>`,
  `<p>https://example.gov.vn/${'duong-dan-rat-dai-'.repeat(30)}</p>`,
  '<p><img src="/anh-khong-co.png" width="3000" height="200" alt="ảnh rộng"></p>',
  `<p><a href="/\\${EVIL_HOST}/p">liên kết gạch ngược</a> <a href="/&#9;/${EVIL_HOST}/q">liên kết tab</a></p>`,
  `<p><img src="/\\${EVIL_HOST}/x.png" alt="ảnh gạch ngược"></p>`,
  '<p>Trước công thức.</p><math><mi>x</mi>',
  '<figure><figcaption>Chú thích sau công thức</figcaption></figure>',
  '<p><a href="/categories/thong-bao">Đoạn cuối sau công thức</a></p>',
].join('\n');

let pending;

/** @returns {Promise<string>} the crafted folder, built once per process */
export function hostileApi() {
  pending ??= build();
  return pending;
}

async function build() {
  const source = await fixtureApi();
  await rm(HOSTILE_DIR, { recursive: true, force: true });
  await cp(source, HOSTILE_DIR, { recursive: true });

  const absurd = await readJson('categories/mot-cua/1.json');
  await writeJson('categories/mot-cua/1.json', { ...absurd, pageCount: Number.MAX_SAFE_INTEGER });
  const huge = await readJson('categories/cai-cach-hanh-chinh/1.json');
  await writeJson('categories/cai-cach-hanh-chinh/1.json', {
    ...huge,
    pageCount: 1e9,
    total: 1e10,
  });

  const notices = await readJson('categories/thong-bao/1.json');
  const wide = {
    id: WIDE_ARTICLE,
    title: 'Bài có nội dung rộng và liên kết gạch ngược',
    publishedAt: '2007-12-28T08:00:00+07:00',
    category: 'thong-bao',
    summary: 'Ảnh đại diện trỏ ra ngoài bằng dấu gạch ngược.',
    thumbnail: { src: `/\\${EVIL_HOST}/t.png`, alt: 'ảnh đại diện' },
  };
  await writeJson('categories/thong-bao/1.json', {
    ...notices,
    total: notices.total + 1,
    items: [wide, ...notices.items],
  });
  await writeJson(`articles/${WIDE_ARTICLE}.json`, { ...wide, body: WIDE_BODY });

  const { categories } = await readJson('categories.json');
  const chain = Array.from({ length: CHAIN_DEPTH }, (_, i) => ({
    slug: `cap-${i + 1}`,
    name: `Chuyên mục cấp ${i + 1} có tên khá dài`,
    parent: i === 0 ? 'thong-bao' : `cap-${i}`,
  }));
  const loop = [
    { slug: 'vong-a', name: 'Vòng A', parent: 'vong-b' },
    { slug: 'vong-b', name: 'Vòng B', parent: 'vong-a' },
  ];
  await writeJson('categories.json', { categories: [...categories, ...chain, ...loop] });

  const contacts = await readJson('contacts.json');
  const many = {
    id: 'can-bo',
    name: 'Cán bộ các phòng ban',
    kind: 'department',
    contacts: Array.from({ length: MANY_CONTACTS }, (_, i) => ({
      id: `can-bo-${i}`,
      name: `Cán bộ số ${i}`,
      role: `Chuyên viên phòng ${i % 40}`,
      phones: [{ label: 'Máy bàn', number: `028.3829.${String(i).padStart(4, '0')}` }],
      emails: [`can-bo-${i}@example.gov.vn`],
      address: `${i} Đường Thử, Phường ${i % 10}`,
    })),
  };
  await writeJson('contacts.json', { ...contacts, groups: [...contacts.groups, many] });
  return HOSTILE_DIR;
}

/**
 * Types `text` key by key into the contacts filter of an open /contacts page, watching long
 * tasks (PerformanceObserver 'longtask', in the page) from the first key until the result shows.
 * @returns {Promise<{ longest: number, count: number }>} longest task in ms, number of tasks
 */
export async function typeInContactsFilter(page, text, expectHeading) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const box = page.getByRole('searchbox', { name: 'Tìm đơn vị, phường hoặc số điện thoại' });
  await box.click();
  await box.pressSequentially(text, { delay: 60 });
  await page
    .getByRole('heading', { name: expectHeading, exact: true })
    .waitFor({ timeout: 20_000 });
  // Let a trailing render finish and be reported.
  await page.waitForTimeout(500);
  return page.evaluate(() => ({
    longest: Math.round(Math.max(0, ...window.__longTasks)),
    count: window.__longTasks.length,
  }));
}
