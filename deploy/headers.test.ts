import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from './csp.ts';
import { type HeaderRule, headerNames, headerRules, headersFile } from './headers.ts';
import { NGINX_CONF, nginxConf } from './nginx.ts';
import { nginxHeaderMaps, requestUriRegex } from './nginx-headers.ts';
import { nginxSends } from './nginx-sends.ts';

/** What a `_headers` host sends for `url`, by the contract's reading of that file (§7). */
function headersHostSends(file: string, url: string): Record<string, string> {
  const path = url.split('?')[0] ?? '';
  const out: Record<string, string> = {};
  let applies = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const regex = line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      applies = new RegExp(`^${regex.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(path);
      continue;
    }
    if (!applies) continue;
    const text = line.trim();
    if (text.startsWith('! ')) delete out[text.slice(2)];
    else {
      const [name = '', value = ''] = text.split(/:\s(.*)/s);
      out[name] = out[name] ? `${out[name]}, ${value}` : value;
    }
  }
  return out;
}

const URLS = [
  '/',
  '/articles/a?x=1',
  '/embed',
  '/embed/latest',
  '/embed/latest?category=x&limit=5',
  '/assets/index-abc.js',
  '/api/site.json',
  '/sw.js',
  '/manifest.webmanifest',
];

describe('one source for the headers', () => {
  it('deploy/nginx.conf is what `npm run nginx-conf` writes (run it after changing the rules)', async () => {
    expect(await readFile(NGINX_CONF, 'utf8')).toBe(nginxConf());
  });

  it.each(['/', '/portal/'])('nginx sends what _headers says, under %s', (base) => {
    const file = headersFile(headerRules(base));
    const conf = nginxConf({ base });
    for (const url of URLS.map((u) => `${base}${u.slice(1)}`)) {
      expect(nginxSends(conf, url), url).toEqual(headersHostSends(file, url));
    }
  });

  it('frames widgets from any site and portal pages from nobody', () => {
    const file = headersFile(headerRules());
    const ancestors = (url: string) =>
      parsePolicy(headersHostSends(file, url)['Content-Security-Policy'] ?? '').get(
        'frame-ancestors',
      );
    expect(ancestors('/embed/latest')).toEqual(['*']);
    expect(ancestors('/embed')).toEqual(["'none'"]); // the builder is a portal page
    expect(ancestors('/articles/a')).toEqual(["'none'"]);
    expect(headerNames(headerRules())).not.toContain('X-Frame-Options');
  });

  it('never relaxes framing for an encoded or dotted path posing as a widget', () => {
    const widget = new RegExp(requestUriRegex('/embed/:widget'));
    expect(widget.test('/embed/calendar?day=2007-12-10')).toBe(true);
    expect(widget.test('/embed/%2E%2E/contacts')).toBe(false);
    expect(widget.test('/embed/../contacts')).toBe(false);
    expect(widget.test('/embed/latest/x')).toBe(false);
  });

  it('a later rule replaces a header: `! Name` then the new value in _headers', () => {
    const rules: HeaderRule[] = [
      { path: '/*', headers: { A: '1', B: '2' } },
      { path: '/x/*', headers: { A: '3', B: null } },
    ];
    expect(headersFile(rules)).toContain('/x/*\n  ! A\n  A: 3\n  ! B\n');
    expect(nginxHeaderMaps(rules)).toContain('"~^/x/" "";');
  });
});

describe('a deployment that names its ward sites', () => {
  it('lets only them (and the portal) frame the widgets, in _headers and nginx alike', () => {
    const wards = ['https://phuong1.example.gov.vn', 'https://*.phuong.example.gov.vn'];
    const expected = ["'self'", ...wards];
    const ancestors = (policy = '') => parsePolicy(policy).get('frame-ancestors');
    const file = headersFile(headerRules('/', { wards }));
    expect(ancestors(headersHostSends(file, '/embed/latest')['Content-Security-Policy'])).toEqual(
      expected,
    );
    expect(
      ancestors(nginxSends(nginxConf({ wards }), '/embed/latest')['Content-Security-Policy']),
    ).toEqual(expected);
  });

  it('refuses what is not a site origin, saying so', () => {
    expect(() => headerRules('/', { wards: ['phuong1.example.gov.vn'] })).toThrow(/not an origin/);
    expect(() => headerRules('/', { wards: ["https://a.vn 'unsafe-inline'"] })).toThrow();
  });
});
