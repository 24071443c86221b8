import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headersFilePlugin } from '../scripts/vite/headers.ts';
import { PRELOAD_BOOT } from '../scripts/vite/preload-data.ts';
import { ROUTES } from '../src/app/route-manifest.ts';
import { routeUrl } from '../src/app/route-table.ts';
import { headersFor, parseHeadersFile } from './headers-file.mjs';
import { nginxConf } from './nginx.ts';
import { baseName } from './nginx-headers.ts';
import { nginxSends } from './nginx-sends.ts';
import { browserOnlyPatterns, browserOnlyRegex, redirectsFile } from './routes.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `$name` of every map a configuration defines, and every variable its add_header lines use. */
const defined = (conf: string) => [...conf.matchAll(/^map \S+ \$(\w+) \{/gm)].map((m) => m[1]);
const used = (conf: string) => [...conf.matchAll(/add_header \S+ \$(\w+)/g)].map((m) => m[1]);

describe('server blocks for / and /portal/ in one nginx (contract §8 v3)', () => {
  it('name their map variables after their base, so that neither replaces the other', () => {
    const root = nginxConf();
    const portal = nginxConf({ base: '/portal/' });
    expect(defined(root).length).toBeGreaterThan(0);
    expect(defined(root).filter((name) => defined(portal).includes(name))).toEqual([]);
    expect(used(root)).toContain('portal_content_security_policy_root');
    expect(used(portal)).toContain('portal_content_security_policy_portal');
    for (const conf of [root, portal]) {
      for (const name of used(conf)) expect(defined(conf)).toContain(name);
    }
  });

  it('never gives two bases the same name', () => {
    const bases = ['/', '/root/', '/portal/', '/Portal/', '/a/b/', '/a_b/', '/a-b/', '/a/2d/'];
    const names = bases.map(baseName);
    expect(new Set(names).size).toBe(bases.length);
    for (const name of names) expect(name).toMatch(/^\w+$/);
  });
});

describe('the not-found page and the shell (contract §6 v3)', () => {
  it('gives the shell only to pages the manifest does not prerender', () => {
    const regex = new RegExp(browserOnlyRegex('/'));
    // A layout with prerendered pages answers its catch-all (an unknown address) with 404.html.
    const hasPages = (layout: string) => ROUTES.some((r) => r.layout === layout && r.pages);
    for (const route of ROUTES) {
      const shell = !route.pages && !(route.path === '*' && hasPages(route.layout));
      expect(regex.test(route.sample), route.sample).toBe(shell);
    }
    for (const url of ['/search', '/search/', '/embed', '/embed/latest', '/embed/contacts']) {
      expect(regex.test(url), url).toBe(true);
    }
    const prerendered = ROUTES.filter((r) => r.pages).map((r) =>
      routeUrl(r, { slug: 'x', id: 'x', page: '2', date: '2007-12' }),
    );
    for (const url of [...prerendered, '/khong-co', '/embed.js', '/searching', '/articles/x']) {
      expect(regex.test(url), url).toBe(false);
    }
    expect(new RegExp(browserOnlyRegex('/portal/')).test('/portal/embed/latest')).toBe(true);
    expect(new RegExp(browserOnlyRegex('/portal/')).test('/embed/latest')).toBe(false);
  });

  it('writes the same list as _redirects rewrites, with no catch-all', () => {
    expect(browserOnlyPatterns('/')).toEqual(['/search', '/embed', '/embed/*']);
    const rules = redirectsFile('/portal/')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(rules).toEqual([
      '/portal/search /portal/shell.html 200',
      '/portal/embed /portal/shell.html 200',
      '/portal/embed/* /portal/shell.html 200',
    ]);
  });

  it('answers other pages without a file with 404.html and 404, the shell when it is missing', () => {
    const conf = nginxConf({ base: '/portal/' });
    expect(conf).toContain('try_files $uri $uri/index.html @portal_no_page;');
    expect(conf).toMatch(
      /error_page 404 \/portal\/404\.html;\s+if \(-f \$document_root\/portal\/404\.html\) \{ return 404; \}/,
    );
    expect(conf).toContain(`location ~ "${browserOnlyRegex('/portal/')}" {`);
    expect(conf).toContain('location = /portal/_redirects { return 404; }');
  });

  it('sends the not-found page with the security headers and asks for it again', () => {
    const conf = nginxConf();
    const page = nginxSends(conf, '/articles/khong-co', 200);
    const missing = nginxSends(conf, '/articles/khong-co', 404);
    expect(missing).toEqual(page);
    expect(missing['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(missing['Cache-Control']).toBe('no-cache');
    // A chunk missing for a moment is never kept for a year.
    expect(nginxSends(conf, '/assets/x.js', 200)['Cache-Control']).toMatch(/immutable/);
    expect(nginxSends(conf, '/assets/x.js', 404)['Cache-Control']).toBe('no-cache');
    // Outside the portal's base nothing is added.
    expect(nginxSends(nginxConf({ base: '/portal/' }), '/other', 404)).toEqual({});
  });
});

describe('Pagefind files', () => {
  it('are bytes as they are: Pagefind gzips its wasm and index itself', () => {
    const conf = nginxConf();
    expect(conf).toMatch(
      /location ~ \^\/api\/search\/\.\*\[\.\]\(\?:pagefind\|pf_\[a-z\]\+\)\$ \{\s+types \{ \}\s+default_type application\/octet-stream;\s+gzip off;/,
    );
    expect(conf).not.toContain('application/wasm');
  });
});

/** The `_headers` the build writes with these variables (the plugin's own code path). */
function builtHeaders(base: string, env: Record<string, string>) {
  const plugin = headersFilePlugin();
  const files: { fileName?: string; source?: unknown }[] = [];
  (plugin.configResolved as (c: unknown) => void)({ base, env });
  const html = `<script>${PRELOAD_BOOT}</script>`;
  (plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => void).call(
    { emitFile: (file: { fileName?: string; source?: unknown }) => files.push(file) },
    {},
    { 'index.html': { type: 'asset', fileName: 'index.html', source: html } },
  );
  return parseHeadersFile(String(files.find((f) => f.fileName === '_headers')?.source));
}

describe('image and data hosts (contract §8 v3)', () => {
  const IMAGES = 'https://img.example https://*.anh.example.gov.vn';
  const DATA = 'https://data.example.gov.vn/portal-data/';

  it.each(['/', '/portal/'])(
    '--images-from and --data-from give the build’s policy, under %s',
    (base) => {
      const conf = nginxConf({ base, imagesFrom: IMAGES, dataFrom: DATA });
      const headers = builtHeaders(base, { VITE_IMAGE_ORIGINS: IMAGES, VITE_API_BASE: DATA });
      for (const page of ['', 'articles/x', 'embed/latest']) {
        const url = `${base}${page}`;
        const built = Object.fromEntries(headersFor(headers, url));
        expect(nginxSends(conf, url)['Content-Security-Policy'], url).toBe(
          built['Content-Security-Policy'],
        );
      }
      expect(nginxSends(conf, base)['Content-Security-Policy']).toMatch(
        /img-src 'self' https:\/\/data\.example\.gov\.vn https:\/\/img\.example https:\/\/\*\.anh/,
      );
    },
  );

  it('takes them on the command line and refuses what is not an origin', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) =>
      spawnSync(tsx, ['deploy/nginx.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const ok = run('--images-from', 'https://img.example');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(nginxConf({ imagesFrom: 'https://img.example' }));
    expect(ok.stdout).toContain('--images-from "https://img.example"');
    expect(run('--images-from', 'img.example').status).toBe(2);
    expect(run('--data-from', 'data.example/x').status).toBe(2);
  });
});
