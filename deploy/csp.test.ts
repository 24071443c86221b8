import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { pageDocument } from '../scripts/pages/document.ts';
import { inlineScriptHashes } from '../scripts/vite/inline-script-hashes.ts';
import { preloadData } from '../scripts/vite/preload-data.ts';
import { shellPage } from '../scripts/vite/shell-page.ts';
import {
  cspHash,
  FORBIDDEN_SCRIPT_SOURCES,
  type PolicyOptions,
  parseOrigins,
  parsePolicy,
  TRUSTED_TYPES_POLICIES,
} from './csp.ts';
import { defaultScriptHashes, headerRules, headersFile } from './headers.ts';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HASH = defaultScriptHashes()[0] ?? '';

interface Build {
  base: string;
  wards?: string[];
  csp: PolicyOptions;
}
const BUILDS: Record<string, Build> = {
  default: { base: '/', csp: { base: '/', apiBase: '/api/', scriptHashes: [HASH] } },
  'data on a CDN, wards listed, images elsewhere': {
    base: '/portal/',
    wards: ['https://phuong1.example.gov.vn', 'https://*.phuong.example.gov.vn'],
    csp: {
      base: '/portal/',
      apiBase: 'https://cdn.example.gov.vn/portal-data/',
      scriptHashes: [HASH, "'sha256-AAAA'"],
      imageOrigins: ['https://anh.example.gov.vn'],
    },
  },
};

/** The headers a response for `path` gets, as the test server and Cloudflare apply the file. */
function policyAt(build: Build, at: string) {
  const file = headersFile(headerRules(build.base, { wards: build.wards, csp: build.csp }));
  const headers = new Map(headersFor(parseHeadersFile(file), at));
  return { headers, csp: parsePolicy(headers.get('Content-Security-Policy') ?? '') };
}

describe.each(Object.entries(BUILDS))('the policy of a build: %s', (_name, build) => {
  const { base, csp: options } = build;
  const pages = [base, `${base}articles/x`, `${base}embed`, `${base}embed/latest`];

  it.each(pages)('%s: scripts only from this site, its hashes, the data and wasm', (at) => {
    const { csp, headers } = policyAt(build, at);
    // One policy, not two joined with a comma (which would enforce both).
    expect(headers.get('Content-Security-Policy')).not.toContain(',');
    const scripts = csp.get('script-src') ?? [];
    for (const forbidden of FORBIDDEN_SCRIPT_SOURCES) expect(scripts).not.toContain(forbidden);
    const allowed = ["'self'", "'wasm-unsafe-eval'", ...options.scriptHashes];
    if (options.apiBase.startsWith('https:')) allowed.push(new URL(options.apiBase).origin);
    expect(new Set(scripts)).toEqual(new Set(allowed));
    for (const directive of ['default-src', 'worker-src', 'form-action']) {
      expect(csp.get(directive), directive).toEqual(["'self'"]);
    }
    // Each page narrows styles with its own policy (see 'each page’s style policy' below).
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(csp.get('trusted-types')).toEqual([...TRUSTED_TYPES_POLICIES]);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toMatch(/(?:^|, )camera=\(\)/);
    expect(headers.has('X-Frame-Options')).toBe(false);
  });

  it('portal pages, the builder included, are framed by nobody; widgets by the wards', () => {
    for (const at of [base, `${base}embed`, `${base}contacts`]) {
      expect(policyAt(build, at).csp.get('frame-ancestors'), at).toEqual(["'none'"]);
    }
    expect(policyAt(build, `${base}embed/latest`).csp.get('frame-ancestors')).toEqual(
      build.wards ? ["'self'", ...build.wards] : ['*'],
    );
  });

  it('data and images from where the build says', () => {
    const { csp } = policyAt(build, base);
    const api = options.apiBase.startsWith('https:') ? [new URL(options.apiBase).origin] : [];
    expect(csp.get('connect-src')).toEqual(["'self'", ...api]);
    expect(csp.get('img-src')).toEqual(["'self'", ...api, ...(options.imageOrigins ?? [])]);
  });
});

describe('origins from a build variable', () => {
  it('are taken, and anything that is not one is refused', () => {
    expect(
      parseOrigins('https://phuong1.example.gov.vn/, https://*.phuong.example.gov.vn', 'V'),
    ).toEqual(['https://phuong1.example.gov.vn', 'https://*.phuong.example.gov.vn']);
    expect(parseOrigins(undefined, 'V')).toEqual([]);
    expect(parseOrigins('https:', 'V', ['https:'])).toEqual(['https:']);
    for (const bad of [
      '*',
      'https:',
      "'unsafe-inline'",
      'https://a.example/path',
      'https://a.example;script-src',
      'javascript:alert(1)',
      'phuong1.example.gov.vn',
    ]) {
      expect(() => parseOrigins(bad, 'VITE_EMBED_ANCESTORS'), bad).toThrow(/VITE_EMBED_ANCESTORS/);
    }
  });
});

/** index.html as the build's preload plugin writes it (no bundle: an empty route table). */
function builtIndexHtml(): string {
  const plugin = preloadData() as Plugin & {
    configResolved(config: object): void;
    transformIndexHtml(html: string, ctx: object): string;
  };
  plugin.configResolved({ base: '/', env: {} });
  const shell = shellPage() as Plugin & { transformIndexHtml(html: string): string };
  const html = shell.transformIndexHtml(readFileSync(path.join(ROOT, 'index.html'), 'utf8'));
  return plugin.transformIndexHtml(html, {});
}

/** The style policies of a page, in order, and where the first stands in its head. */
const stylePolicies = (html: string) =>
  [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map(
    (m) => [m[1], m.index] as const,
  );

describe('each page’s style policy (the header lets inline styles through for it to decide)', () => {
  const PAGE = {
    path: 'articles/x',
    hoisted: '<title>x</title>',
    headTags: '',
    body: '<main>x</main>',
    state: {},
  };
  const CSS = 'body{margin:0}.article__body{overflow-wrap:anywhere}';
  const linked = () =>
    builtIndexHtml().replace(
      '</head>',
      '<link rel="stylesheet" crossorigin href="/assets/index-a.css">\n  </head>',
    );

  it('the shell: stylesheet files only, before anything else in its head but the charset', () => {
    const html = builtIndexHtml();
    expect(stylePolicies(html).map(([policy]) => policy)).toEqual(["style-src 'self'"]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(
      html.indexOf('<meta name="viewport"'),
    );
    expect(html).not.toContain('<style');
  });

  it('a prerendered page carries its stylesheets inline, and its policy names their hash', () => {
    const page = pageDocument(linked(), PAGE, { '/assets/index-a.css': CSS });
    expect(page).toContain(`<style>${CSS}</style>`);
    expect(page).not.toContain('<link rel="stylesheet"');
    expect(stylePolicies(page).map(([policy]) => policy)).toEqual([
      `style-src 'self' ${cspHash(CSS)}`,
    ]);
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
  });

  it('a stylesheet it cannot inline (not read, a relative url(), a </style>) stays a link', () => {
    const cases: Record<string, string>[] = [
      {},
      { '/assets/index-a.css': `${CSS}i{background:url(x.png)}` },
      { '/assets/index-a.css': '</style><script>' },
    ];
    for (const styles of cases) {
      const page = pageDocument(linked(), PAGE, styles);
      expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-a.css">');
      expect(page).not.toContain('<style');
      expect(stylePolicies(page).map(([policy]) => policy)).toEqual(["style-src 'self'"]);
    }
  });
});

describe('inline script hashes', () => {
  it('index.html has one inline script, the one deploy/nginx.conf and _headers allow', () => {
    expect(inlineScriptHashes(builtIndexHtml())).toEqual([HASH]);
  });

  it('a prerendered page keeps the shell’s hashes: its data and JSON-LD are not scripts', () => {
    const shell = builtIndexHtml();
    const page = pageDocument(shell, {
      path: 'articles/x',
      hoisted: '<title>x</title>',
      headTags: '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      body: '<main>x</main>',
      state: { queries: [{ title: '</script><script>alert(1)</script>' }] },
    });
    expect(page).toContain('id="portal-state"');
    expect(inlineScriptHashes(page)).toEqual(inlineScriptHashes(shell));
  });

  it('counts classic and module inline scripts, skips src= and data types, hashes CRLF as LF', () => {
    const hashes = inlineScriptHashes(
      '<script>a()</script><script type="module">b()</script><script src="/c.js"></script>' +
        '<script type="application/ld+json">{}</script><script>a()</script><script>x\r\ny</script>',
    );
    expect(hashes).toEqual([
      expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/),
      expect.any(String),
      inlineScriptHashes('<script>x\ny</script>')[0],
    ]);
  });

  // After `npm run build` (the browser suite checks it again on every run).
  it.skipIf(!existsSync(path.join(ROOT, 'dist', '_headers')))(
    'dist/_headers allows every inline script of the built index.html and shell.html',
    () => {
      const rules = parseHeadersFile(readFileSync(path.join(ROOT, 'dist', '_headers'), 'utf8'));
      for (const file of ['index.html', 'shell.html']) {
        const html = readFileSync(path.join(ROOT, 'dist', file), 'utf8');
        const policy = headersFor(rules, '/').find(([n]) => n === 'Content-Security-Policy');
        const scripts = parsePolicy(policy?.[1] ?? '').get('script-src') ?? [];
        for (const hash of inlineScriptHashes(html)) expect(scripts, file).toContain(hash);
      }
    },
  );
});
