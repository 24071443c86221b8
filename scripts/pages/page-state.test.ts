import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PageWriter } from './page-writer.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const ARTICLE = 'cong-khai-so-dien-thoai-duong-day-nong';

interface ContactsFile {
  updatedAt: string;
  groups: { id: string; name: string; kind: string; contacts: unknown[] }[];
}

/** The sample directory grown (or cut) to `entries` contacts: the district's first, then wards. */
function directory(sample: ContactsFile, entries: number): ContactsFile {
  const [district, ...wards] = sample.groups;
  if (!district) throw new Error('the sample has no district group');
  const groups = [district, ...wards].slice(0, Math.max(1, entries - district.contacts.length + 1));
  for (let i = groups.length; count(groups) < entries; i++) {
    const contacts = Array.from({ length: Math.min(50, entries - count(groups)) }, (_, j) => ({
      id: `can-bo-${i}-${j}`,
      name: `Cán bộ phụ trách khu phố ${i}-${j}`,
      role: 'Tổ trưởng dân phố',
      phones: [{ label: 'Di động', number: `0909.${String(i).padStart(3, '0')}.${j}` }],
      emails: [`kp${i}-${j}@quan1hcm.gov.vn`],
      address: `Số ${j} đường số ${i}, Quận 1, TP. Hồ Chí Minh`,
      hours: 'Thứ Hai – Thứ Sáu, 7:30–17:00',
    }));
    groups.push({ id: `khu-pho-${i}`, name: `Khu phố ${i}`, kind: 'ward', contacts });
  }
  return { ...sample, groups };
}
const count = (groups: ContactsFile['groups']) =>
  groups.reduce((sum, group) => sum + group.contacts.length, 0);

let work: string;
let shell: string;

/** Draws `url` over the sample data with an `entries`-contact directory: the page's HTML. */
async function drawWith(entries: number, url: string): Promise<string> {
  const name = `contacts-${entries}`;
  const apiDir = path.join(work, name, 'api');
  const dist = path.join(work, name, 'dist');
  await cp(path.join(REPO, 'public/api'), apiDir, { recursive: true });
  const sample = JSON.parse(await readFile(path.join(apiDir, 'contacts.json'), 'utf8'));
  await writeFile(path.join(apiDir, 'contacts.json'), JSON.stringify(directory(sample, entries)));
  // PageWriter points `fetch` at the data folder: put the test's back afterwards.
  vi.stubGlobal('fetch', globalThis.fetch);
  const writer = await PageWriter.open({
    entry: pathToFileURL(path.join(REPO, 'src/entry-server.tsx')).href,
    dist,
    apiDir,
    shell,
    styles: {},
    siteHref: 'http://localhost:4173/',
    siteName: 'Quận 1',
    timeZone: 'Asia/Ho_Chi_Minh',
    fallbackDescription: '',
    basename: '/',
    card: { src: 'http://localhost:4173/og-image-x.png', width: 1200, height: 630, alt: 'Quận 1' },
  });
  const [result] = await writer.writeAll([url]);
  if (!result || !('record' in result)) throw new Error(`${url} was not drawn`);
  return readFile(path.join(dist, result.record.file), 'utf8');
}

const state = (html: string) =>
  /<script type="application\/json" id="portal-state">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

// #27: a page carries the data it draws: the layout's hotline, not the whole directory.
describe('a prerendered page’s size does not grow with the contact directory', () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'page-state-'));
    shell = await readFile(path.join(REPO, 'index.html'), 'utf8');
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('an article page with 600 contacts is within 5 % of one with 10', async () => {
    const small = await drawWith(10, `/articles/${ARTICLE}`);
    const large = await drawWith(600, `/articles/${ARTICLE}`);
    const ratio = Buffer.byteLength(large) / Buffer.byteLength(small);
    console.log(
      `article page: ${Buffer.byteLength(small)} B (10 contacts), ${Buffer.byteLength(large)} B (600), ratio ${ratio.toFixed(3)}`,
    );
    expect(ratio).toBeLessThanOrEqual(1.05);
    // The footer's hotline is drawn and carried; a ward's officer is neither.
    expect(large).toContain('08.8291913');
    expect(state(large)).toContain('08.8291913');
    expect(state(large)).not.toContain('Cán bộ phụ trách khu phố');
    expect(state(large)).not.toContain('UBND phường Bến Thành');
  }, 60_000);

  it('the contacts page still carries the whole directory', async () => {
    const html = await drawWith(600, '/contacts');
    expect(state(html)).toContain('Cán bộ phụ trách khu phố 12-3');
  }, 60_000);
});
