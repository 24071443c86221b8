// The generators read the data folder through their own readers: a lone surrogate in a title
// (legal JSON: "\ud800") must come out as U+FFFD there too, as in the app (contract §6 v3).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolder } from './feeds/read-folder.ts';
import { readSource } from './search/read-source.ts';
import { removeDir, SITE, tempDir } from './test-helpers.ts';

const LONE = String.raw`\ud800`;
const summary = (id: string) =>
  `{"id":"${id}","title":"Tin ${LONE} mới","publishedAt":"2007-11-21T07:42:00+07:00","category":"tin-tuc"}`;
const files: Record<string, string> = {
  'site.json': JSON.stringify({ ...SITE, name: 'Quận 1' }).replace('Quận 1', `Quận ${LONE}`),
  'categories.json': '{"categories":[{"slug":"tin-tuc","name":"Tin tức","parent":null}]}',
  'categories/tin-tuc/1.json': `{"category":"tin-tuc","page":1,"pageCount":1,"total":1,"items":[${summary('a')}]}`,
  'articles/a.json': `${summary('a').slice(0, -1)},"body":"<p>${LONE}</p>"}`,
};

let dir = '';
afterEach(() => removeDir(dir));

describe('well-formed strings in the generators’ readers', () => {
  it('build:feeds reads U+FFFD where the file has a lone surrogate', async () => {
    const folder = await DataFolder.open(async (file) => files[file]);
    expect(folder.site.name).toBe('Quận \uFFFD');
    const [item] = await folder.newest('tin-tuc', 5);
    expect(item?.summary.title).toBe('Tin \uFFFD mới');
    expect(item?.article.body).toBe('<p>\uFFFD</p>');
  });

  it('build:search reads U+FFFD where the file has a lone surrogate', async () => {
    dir = await tempDir('well-formed-');
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }
    const { articles } = await readSource(dir, () => {});
    expect(articles[0]?.title).toBe('Tin \uFFFD mới');
    expect(articles[0]?.body).toBe('<p>\uFFFD</p>');
  });
});
