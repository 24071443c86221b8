import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../mocks/node.ts';
import { headerRules, headersFile } from './headers.ts';
import { redirectsFile } from './routes.ts';
import { startServer } from './serve.mjs';

/**
 * deploy/serve.mjs answers page URLs as nginx.conf does (contract §6 v3): a built folder with
 * stand-in pages (the server must not care what 404.html says).
 */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'portal-serve-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
// The unit tests' mock network refuses unknown hosts: this one is real.
beforeEach(() => {
  server.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
});

async function site(name: string, base: string, { notFound = true, redirects = true } = {}) {
  const root = path.join(dir, name);
  const file = async (p: string, text: string) => {
    await mkdir(path.dirname(path.join(root, p)), { recursive: true });
    await writeFile(path.join(root, p), text);
  };
  await file('index.html', 'HOME');
  await file('shell.html', 'SHELL');
  await file('articles/bai-a/index.html', 'ARTICLE');
  await file('api/site.json', '{}');
  await file('_headers', headersFile(headerRules(base)));
  if (redirects) await file('_redirects', redirectsFile(base));
  if (notFound) await file('404.html', 'NOT FOUND');
  const server = await startServer({ root, base });
  const get = async (p: string) => {
    const res = await fetch(new URL(p.slice(1), server.url));
    return { status: res.status, body: await res.text(), headers: res.headers };
  };
  return { get, close: server.close };
}

describe.each(['/', '/portal/'])('deploy/serve.mjs under %s', (base) => {
  it('a page the data lacks: 404.html with 404 and the page headers', async () => {
    const s = await site(`full${base.length}`, base);
    try {
      for (const p of [
        '/articles/khong-co',
        '/categories/x/page/9',
        '/khong-co',
        '/archive/2007-13',
      ]) {
        const res = await s.get(p);
        expect([p, res.status, res.body]).toEqual([p, 404, 'NOT FOUND']);
        expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(res.headers.get('cache-control')).toBe('no-cache');
      }
      expect(await s.get('/articles/bai-a')).toMatchObject({ status: 200, body: 'ARTICLE' });
      expect(await s.get('/')).toMatchObject({ status: 200, body: 'HOME' });
      for (const p of ['/search?q=x', '/search/', '/embed', '/embed/latest', '/embed/calendar']) {
        expect(await s.get(p), p).toMatchObject({ status: 200, body: 'SHELL' });
      }
      const data = await s.get('/api/articles/khong-co.json');
      expect(data.status).toBe(404);
      expect(data.body).not.toMatch(/NOT FOUND|<html/);
      expect(data.headers.get('content-type')).toMatch(/^application\/json/);
      for (const p of ['/_redirects', '/_headers', '/assets/khong-co.js']) {
        expect((await s.get(p)).status, p).toBe(404);
      }
    } finally {
      await s.close();
    }
  });

  it('a build on which build:pages has not run: the shell for every page, 200', async () => {
    for (const [name, options] of [
      ['no404', { notFound: false }],
      ['noredirects', { redirects: false }],
    ] as const) {
      const s = await site(`${name}${base.length}`, base, options);
      try {
        for (const p of ['/articles/khong-co', '/khong-co', '/search', '/embed/latest']) {
          expect(await s.get(p), `${name} ${p}`).toMatchObject({ status: 200, body: 'SHELL' });
        }
      } finally {
        await s.close();
      }
    }
  });
});
