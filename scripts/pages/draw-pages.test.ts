// @vitest-environment node
// A drawing process that dies (a 7.5 MB article ran one out of its 384 MB heap: SIGABRT, no
// file named, and every publish failed) must cost only the page that killed it, named.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../test-helpers.ts';
import { drawPages, pageSource } from './draw-pages.ts';
import type { WriterOptions } from './page-writer.ts';

// Speaks worker.ts's protocol; draws `lanes` pages at a time; dies on a page named "crash"
// (as the kernel or V8 would kill it: no answer) and before it is ready when told to.
const FAKE_WORKER = `
process.once('message', ({ options, urls, lanes }) => {
  if (options.entry === 'broken') process.kill(process.pid, 'SIGKILL');
  process.send({ ready: true });
  for (let i = 0; i < urls.length; i += lanes) {
    const lane = urls.slice(i, i + lanes);
    for (const url of lane) process.send({ start: url });
    if (lane.some((url) => url.includes('crash'))) {
      setTimeout(() => process.kill(process.pid, 'SIGKILL'), 50);
      return;
    }
    for (const url of lane) process.send({ result: { url, record: { file: url, inputs: {} }, written: true } });
  }
  process.send({ done: true, maxRssKb: 1 }, () => process.exit(0));
});
`;

let dir = '';
let worker: URL;
beforeAll(async () => {
  dir = await tempDir('draw-pages-');
  const file = path.join(dir, 'worker.mjs');
  await writeFile(file, FAKE_WORKER);
  worker = pathToFileURL(file);
});
afterAll(() => removeDir(dir));

const options = { entry: 'app' } as WriterOptions;
const urls = ['/articles/a', '/articles/b', '/articles/crash', '/articles/d', '/articles/e'];

describe('drawPages around a process that dies', () => {
  it('skips and names only the page that killed it, and draws every other page', async () => {
    const warnings: string[] = [];
    const report = await drawPages(options, [...urls, '/articles/f', '/articles/g'], {
      processes: 1,
      worker,
      warn: (m) => warnings.push(m),
    });
    const drawn = report.results.filter((r) => 'record' in r).map((r) => r.url);
    expect(drawn.sort()).toEqual([
      '/articles/a',
      '/articles/b',
      '/articles/d',
      '/articles/e',
      '/articles/f',
      '/articles/g',
    ]);
    const faults = report.results.flatMap((r) => ('faults' in r ? r.faults : []));
    expect(faults).toEqual([
      expect.stringMatching(/^articles\/crash\.json: .*\/articles\/crash.*SIGKILL/),
    ]);
    // The process that died is named with the pages it was drawing.
    expect(warnings).toEqual([expect.stringMatching(/SIGKILL.*\/articles\/crash/)]);
    expect(warnings[0]).toContain('/articles/d');
  });

  it('with several processes, one dying stops none of the others', async () => {
    const report = await drawPages(options, urls, { processes: 2, worker, warn: () => {} });
    expect(report.results.map((r) => r.url).sort()).toEqual([...urls].sort());
    expect(report.results.filter((r) => 'faults' in r).map((r) => r.url)).toEqual([
      '/articles/crash',
    ]);
  });

  it('fails the run when a process dies before it can draw anything', async () => {
    await expect(
      drawPages({ entry: 'broken' } as WriterOptions, urls, { processes: 1, worker }),
    ).rejects.toThrow(/trước khi vẽ \(SIGKILL\)/);
  });
});

describe('pageSource', () => {
  it('names the file a page is drawn from', () => {
    expect(pageSource('/articles/x')).toBe('articles/x.json');
    expect(pageSource('/categories/s')).toBe('categories/s/1.json');
    expect(pageSource('/categories/s/page/4')).toBe('categories/s/4.json');
    expect(pageSource('/archive/2007-11-21')).toBe('archive/2007-11-21.json');
  });
});
