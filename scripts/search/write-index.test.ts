// @vitest-environment node
// Pins the undocumented setting write-index.ts relies on (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE):
// a rare word must not be fetched with the positions of a word found in most articles.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import type { Article } from '../../src/shared/contract/documents.ts';
import { article, removeDir, tempDir } from '../test-helpers.ts';
import { type EngineClient, openIndex } from './node-client.ts';
import { writeIndex } from './write-index.ts';

let work: string;
let engine: EngineClient;

beforeAll(async () => {
  server.close(); // the engine fetches from a real local server: no MSW between them
  work = await tempDir('write-index-');
  // 300 articles with `mot` 9 times each (~3 000 positions: more than one chunk's worth at
  // 2 000, a small part of one at Pagefind's default 20 000), and one article with `nam`, the
  // word sorted right after it.
  const articles = Array.from({ length: 300 }, (_, i) =>
    article(`bai-${i}`, 'tin-tuc', '2007-12-01T08:00:00+07:00', {
      title: `Tin số ${i}`,
      body: `<p>${'mot '.repeat(9)}${i === 7 ? 'nam' : ''}</p>`,
    }),
  ) as Article[];
  await writeIndex(path.join(work, 'search'), articles, [
    { slug: 'tin-tuc', name: 'Tin tức', parent: null },
  ] as never);
  engine = await openIndex(path.join(work, 'search'));
}, 60_000);
afterAll(async () => {
  await engine?.close();
  await removeDir(work);
});

it('fetches a rare word without the positions of a common word beside it', async () => {
  await engine.search('tin', { limit: 1 }); // client, wasm and metadata: not counted
  engine.resetBytes();
  const rare = await engine.search('nam', { limit: 1 });
  const rareBytes = engine.bytes();
  engine.resetBytes();
  const common = await engine.search('mot', { limit: 1 });
  const commonBytes = engine.bytes();
  expect(rare.results.map((r) => r.id)).toEqual(['bai-7']);
  expect(common.total).toBe(300);
  // Measured: 190 B against 1 315 B. With Pagefind's default both words share one chunk: `nam`
  // fetches all of `mot`'s positions (~1.5 kB) and `mot` then nothing.
  expect(rareBytes).toBeLessThan(commonBytes / 3);
});
