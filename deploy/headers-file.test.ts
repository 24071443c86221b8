import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from './headers-file.mjs';

const FILE = `# a comment
/*
  X-Content-Type-Options: nosniff
  Link: </a.css>; rel=preload

/embed/*
  ! X-Frame-Options
  Link: </b.css>; rel=preload

/articles/:id
  Cache-Control: no-cache

/*
  X-Frame-Options: DENY
  link: </c.css>; rel=preload

https://other.example/*
  X-Other: 1
`;

describe('_headers (contract §7)', () => {
  const rules = parseHeadersFile(FILE);

  it('reads path patterns and their indented lines, `! Name` as a removal', () => {
    expect(rules.map((r) => r.pattern)).toEqual([
      '/*',
      '/embed/*',
      '/articles/:id',
      '/*',
      'https://other.example/*',
    ]);
    expect(rules[1]).toEqual({
      pattern: '/embed/*',
      detach: ['X-Frame-Options'],
      headers: [['Link', '</b.css>; rel=preload']],
    });
  });

  it('`*` matches anything, `:name` exactly one segment, the rest literally', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/embed/*', '/embed/latest/x')).toBe(true);
    expect(patternMatches('/embed/*', '/embed/')).toBe(true);
    expect(patternMatches('/embed/*', '/embed')).toBe(false);
    expect(patternMatches('/articles/:id', '/articles/a-1')).toBe(true);
    expect(patternMatches('/articles/:id', '/articles/a/b')).toBe(false);
    expect(patternMatches('/articles/:id', '/articles/')).toBe(false);
    expect(patternMatches('/a.json', '/axjson')).toBe(false);
    expect(patternMatches('https://other.example/*', '/x')).toBe(false);
  });

  it('applies every matching rule top to bottom, joining a header set twice', () => {
    expect(headersFor(rules, '/articles/a-1')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Link', '</a.css>; rel=preload, </c.css>; rel=preload'],
      ['Cache-Control', 'no-cache'],
      ['X-Frame-Options', 'DENY'],
    ]);
  });

  it('removes only what earlier rules set: a later rule sets it again', () => {
    const embed = new Map(headersFor(rules, '/embed/latest'));
    expect(embed.get('X-Frame-Options')).toBe('DENY');
    const only = parseHeadersFile('/*\n  X-Frame-Options: DENY\n/embed/*\n  ! x-frame-options\n');
    expect(headersFor(only, '/embed/latest')).toEqual([]);
    expect(headersFor(only, '/embed')).toEqual([['X-Frame-Options', 'DENY']]);
  });

  it('refuses a header line before any pattern, or one without a colon', () => {
    expect(() => parseHeadersFile('  X-A: 1\n/*\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/line 2/);
  });

  it('an empty or missing file means no headers', () => {
    expect(headersFor(parseHeadersFile(''), '/')).toEqual([]);
  });
});
