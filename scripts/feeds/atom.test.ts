// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../lib/html-text.ts';
import { escapeAttr, escapeText, siteDateTime } from './atom.ts';
import { excerpt } from './text.ts';

describe('escaping', () => {
  it('turns markup characters into references, in text and in attributes', () => {
    expect(escapeText('<script>a && b</script> "q"')).toBe(
      '&lt;script&gt;a &amp;&amp; b&lt;/script&gt; &quot;q&quot;',
    );
    expect(escapeAttr('a"b<c>&\nd')).toBe('a&quot;b&lt;c&gt;&amp;&#10;d');
    // An entity in the data is text, so its ampersand is escaped too.
    expect(escapeText('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters XML 1.0 cannot carry, keeps every other one', () => {
    expect(escapeText('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeText('Tab\tLF\nĐà Nẵng 😀')).toBe('Tab\tLF\nĐà Nẵng 😀');
  });
});

describe('siteDateTime far from today (issue #22)', () => {
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
  it.each([
    ['1900-06-01T08:00:00+07:00', '1900-06-01T08:00:00+07:00'],
    ['0001-01-01T00:00:00+07:00', '0001-01-01T00:00:00+07:00'],
    ['9999-12-31T23:59:59-12:00', '9999-12-31T23:59:59-12:00'],
    ['1975-04-30T04:30:00Z', '1975-04-30T12:30:00+08:00'], // the zone's offset then,
  ])('%s is written as the valid RFC 3339 %s', (iso, expected) => {
    const written = siteDateTime(iso, 'Asia/Ho_Chi_Minh');
    expect(written).toBe(expected);
    expect(written).toMatch(RFC3339);
  });

  it('rounds local mean time to whole minutes for an instant with no written offset', () => {
    expect(siteDateTime(new Date('1900-06-01T01:00:00Z'), 'Asia/Ho_Chi_Minh')).toMatch(
      /^1900-06-01T08:07:00\+07:07$/,
    );
  });
});

describe('siteDateTime', () => {
  it("writes the instant on the site's clock with its offset", () => {
    expect(siteDateTime('2007-12-10T04:19:00Z', 'Asia/Ho_Chi_Minh')).toBe(
      '2007-12-10T11:19:00+07:00',
    );
    expect(siteDateTime('2007-12-31T23:30:00+07:00', 'Asia/Ho_Chi_Minh')).toBe(
      '2007-12-31T23:30:00+07:00',
    );
    expect(siteDateTime('2024-07-01T12:00:00Z', 'Europe/Paris')).toBe('2024-07-01T14:00:00+02:00');
    expect(siteDateTime('2024-01-01T00:00:00Z', 'UTC')).toBe('2024-01-01T00:00:00+00:00');
    expect(siteDateTime('2024-01-01T00:00:00Z', 'America/St_Johns')).toBe(
      '2023-12-31T20:30:00-03:30',
    );
  });
});

describe('body text', () => {
  it('keeps text, drops markup, scripts and comments, decodes every HTML entity', () => {
    expect(
      htmlToText('<p>Một</p><p>hai<br>ba</p><!-- x --><style>p{}</style><script>alert(1)</script>'),
    ).toBe('Một hai ba');
    expect(htmlToText('Ph&#432;&#7901;ng &Aacute; &lt;b&gt; &amp;amp;')).toBe('Phường Á <b> &amp;');
  });

  it('cuts at a word boundary under the limit, never inside a character', () => {
    expect(excerpt('ngắn')).toBe('ngắn');
    expect(excerpt('một hai ba bốn', 10)).toBe('một hai…');
    const emoji = '😀'.repeat(20);
    expect(Array.from(excerpt(emoji, 10))).toHaveLength(10);
  });
});

describe('excerpt between graphemes', () => {
  it('never splits a ZWJ emoji, a flag or a letter from its combining mark', () => {
    const family = '👨‍👩‍👧';
    expect(excerpt(`${family.repeat(20)}`, 10)).toBe(`${family.repeat(9)}…`);
    expect(excerpt(`${'e\u0301'.repeat(20)}`, 10)).toBe(`${'e\u0301'.repeat(9)}…`);
  });
});
