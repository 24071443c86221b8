// @vitest-environment jsdom
// jsdom: its DOMParser checks that the feeds are well-formed XML.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from './build-api.ts';
import { folderReader, renderFeeds } from './build-feeds.ts';
import { atomProblems, entries, parseXml } from './feeds/atom-check.ts';

const API = path.resolve(import.meta.dirname, '../public/api');

// Rendered from public/api itself (not from the export), so that this test is only about the
// feeds: public/api/feeds must be what build:feeds makes of the committed data.
it('public/api/feeds is up to date (else: npm run build:feeds -- --api public/api --site-url http://localhost:4173/)', async () => {
  const { files, warnings } = await renderFeeds(folderReader(API), { siteUrl: DEFAULT_SITE_URL });
  expect(warnings).toEqual([]);
  const committed = (await readdir(path.join(API, 'feeds'))).sort();
  expect(committed).toEqual([...files.keys()].sort());
  for (const [name, xml] of files) {
    expect(await readFile(path.join(API, 'feeds', name), 'utf8'), name).toBe(xml);
  }
});

it('the sample feeds are well-formed Atom with every required element', async () => {
  const categories = JSON.parse(await readFile(path.join(API, 'categories.json'), 'utf8'));
  const names = ['all', ...categories.categories.map((c: { slug: string }) => c.slug)];
  for (const name of names) {
    const doc = parseXml(await readFile(path.join(API, 'feeds', `${name}.xml`), 'utf8'));
    expect(atomProblems(doc), name).toEqual([]);
    expect(entries(doc).length, name).toBeGreaterThan(0);
    for (const entry of entries(doc)) {
      expect(entry.link.startsWith(`${DEFAULT_SITE_URL}articles/`), entry.link).toBe(true);
      expect(entry.published, entry.id).toMatch(/\+07:00$/);
      expect(entry.summary, entry.id).not.toBe('');
    }
  }
});
