import { describe, expect, it } from 'vitest';
import {
  FORBIDDEN_SCRIPT_SOURCES,
  type PolicyOptions,
  parseOrigins,
  parsePolicy,
  TRUSTED_TYPES_POLICIES,
} from './csp.ts';
import { type HeaderOptions, securityRules, toHeadersFile, toNginx } from './headers.ts';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const HASH = "'sha256-IyahNkwOQLxuIdTV6fCqZuyu0sCd8CQIol+FwoNdS4I='";
const BUILDS: Record<string, HeaderOptions> = {
  default: { base: '/', apiBase: '/api/', scriptHashes: [HASH] },
  'data on a CDN, wards listed, images elsewhere': {
    base: '/portal/',
    apiBase: 'https://cdn.example.gov.vn/portal-data/',
    scriptHashes: [HASH, "'sha256-AAAA'"],
    embedAncestors: ['https://phuong1.example.gov.vn', 'https://*.phuong.example.gov.vn'],
    imageOrigins: ['https://anh.example.gov.vn'],
  },
};

/** The policy a response for `path` gets, as the test server and Cloudflare would apply it. */
function policyAt(options: HeaderOptions, path: string) {
  const headers = new Map(
    headersFor(parseHeadersFile(toHeadersFile(securityRules(options))), path),
  );
  return { headers, csp: parsePolicy(headers.get('Content-Security-Policy') ?? '') };
}

describe.each(Object.entries(BUILDS))('the policy of a build: %s', (_name, options) => {
  const base = options.base;
  const pages = [base, `${base}articles/x`, `${base}embed`, `${base}embed/latest`];

  it.each(pages)('%s: scripts only from this site, its hashes, the data and wasm', (path) => {
    const { csp, headers } = policyAt(options, path);
    // One policy, not two joined with a comma (which would enforce both).
    expect(headers.get('Content-Security-Policy')).not.toContain(',');
    const scripts = csp.get('script-src') ?? [];
    for (const forbidden of FORBIDDEN_SCRIPT_SOURCES) expect(scripts).not.toContain(forbidden);
    const allowed = ["'self'", "'wasm-unsafe-eval'", ...options.scriptHashes];
    if (options.apiBase.startsWith('https:')) allowed.push(new URL(options.apiBase).origin);
    expect(new Set(scripts)).toEqual(new Set(allowed));
    for (const directive of ['default-src', 'style-src', 'worker-src', 'form-action']) {
      expect(csp.get(directive), directive).toEqual(["'self'"]);
    }
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(csp.get('trusted-types')).toEqual([...TRUSTED_TYPES_POLICIES]);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toMatch(/(?:^|, )camera=\(\)/);
  });

  it('portal pages, the builder included, are framed by nobody; widgets by the wards', () => {
    for (const path of [base, `${base}embed`, `${base}contacts`]) {
      const { csp, headers } = policyAt(options, path);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(headers.get('X-Frame-Options'), path).toBe('DENY');
    }
    const widget = policyAt(options, `${base}embed/latest`);
    expect(widget.headers.has('X-Frame-Options')).toBe(false);
    expect(widget.csp.get('frame-ancestors')).toEqual(
      options.embedAncestors ? ["'self'", ...options.embedAncestors] : ['*'],
    );
  });

  it('data and images from where the build says', () => {
    const { csp } = policyAt(options, base);
    const api = options.apiBase.startsWith('https:') ? [new URL(options.apiBase).origin] : [];
    expect(csp.get('connect-src')).toEqual(["'self'", ...api]);
    expect(csp.get('img-src')).toEqual(["'self'", ...api, ...(options.imageOrigins ?? [])]);
  });

  it('nginx gets the same headers in each location', () => {
    const rules = securityRules(options);
    const nginx = toNginx(rules);
    for (const [location, path] of [
      [base, `${base}articles/x`],
      [`${base}embed/`, `${base}embed/calendar`],
    ] as const) {
      const block = new RegExp(`location ${location} \\{\\n([^}]*)\\n\\}`).exec(nginx)?.[1];
      const lines = [...(block ?? '').matchAll(/add_header (\S+) "([^"]*)" always;/g)];
      expect(lines.map(([, name, value]) => [name, value])).toEqual(headersFor(rules, path));
    }
  });
});

describe('building the policy', () => {
  it('writes _headers that read back as the same rules', () => {
    const rules = securityRules(BUILDS.default as PolicyOptions);
    expect(parseHeadersFile(toHeadersFile(rules))).toEqual(rules);
  });

  it('takes origins from a build variable and refuses anything that is not one', () => {
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
