import { describe, expect, it } from 'vitest';
import { baseForm, fromEngineText, toEngineText } from '../../../shared/search/vi-text';
import { buildExcerpt, hasEveryTerm, markText, queryTerms, type Segment } from './excerpt';

/** Segments as a string with [marks], to read the expectations at a glance. */
const show = (segments: Segment[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('query folding', () => {
  it('spells đ/Đ as d/D + U+0335 for the engine, NFC, and back for display', () => {
    const nfd = 'Đường dây nóng hộ tịch'.normalize('NFD');
    const engine = toEngineText(nfd);
    expect(engine).toBe('D\u0335ường dây nóng hộ tịch'.normalize('NFC'));
    expect(engine).not.toContain('đ');
    expect(fromEngineText(engine)).toBe('Đường dây nóng hộ tịch'.normalize('NFC'));
  });

  it('reduces a word to its core: no marks, lower case, d for đ', () => {
    expect(baseForm('ĐƯỜNG')).toBe('duong');
    expect(baseForm('hộ'.normalize('NFD'))).toBe('ho');
    expect(baseForm('Thủ')).toBe('thu');
  });

  it('folds Ð (U+00D0, typed for Đ) and ð as Đ and đ (issue #22)', () => {
    expect(baseForm('\u00d0ƯỜNG \u00f0ường')).toBe('duong duong');
    expect(toEngineText('\u00d0ường')).toBe(toEngineText('Đường'));
    expect(toEngineText('\u00f0ường')).toBe(toEngineText('đường'));
  });

  it('takes the words of a query, unique, ignoring punctuation', () => {
    expect(queryTerms('  Đường, dây-nóng! đường ')).toEqual(['duong', 'day', 'nong']);
    expect(queryTerms('«»')).toEqual([]);
  });
});

describe('marking matches', () => {
  it('marks whole syllables typed with or without marks, in any case', () => {
    expect(show(markText('Quận mở Đường dây nóng.', queryTerms('duong DAY')))).toBe(
      'Quận mở [Đường] [dây] nóng.',
    );
  });

  it('marks only the matching prefix of a longer word', () => {
    expect(show(markText('hôn nhân và hộ tịch', queryTerms('ho')))).toBe('[hô]n nhân và [hộ] tịch');
  });

  it('marks nothing inside a word that merely contains the term', () => {
    expect(show(markText('Phường Thảo Điền', queryTerms('ao')))).toBe('Phường Thảo Điền');
  });

  it('keeps markup in the data as text', () => {
    const segments = markText('Bài <b onmouseover=alert(1)> nóng', queryTerms('nong'));
    expect(show(segments)).toBe('Bài <b onmouseover=alert(1)> [nóng]');
  });
});

describe('building an excerpt', () => {
  const words = (n: number, word = 'chữ') => Array.from({ length: n }, () => word).join(' ');

  it('shows a short text whole', () => {
    expect(show(buildExcerpt('Lịch tiếp dân', queryTerms('dan')))).toBe('Lịch tiếp [dân]');
  });

  it('cuts a long text around the densest matches, with ellipses', () => {
    const text = `${words(50)} hộ tịch và khai sinh ${words(50)}`;
    const out = show(buildExcerpt(text, queryTerms('ho tich'), 20));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[hộ] [tịch]');
    expect(out.split(' ').length).toBeLessThanOrEqual(22);
  });

  it('centres the matches rather than cutting right after one', () => {
    const out = show(buildExcerpt(`${words(40)} hồ ${words(40)}`, queryTerms('ho'), 11));
    expect(out).toBe(`…${words(5)} [hồ] ${words(5)}…`);
  });

  it('prefers a window of whole-syllable matches over prefix ones', () => {
    const text = `hôn hôn ${words(40)} hộ ${words(40)}`;
    expect(show(buildExcerpt(text, queryTerms('ho'), 10))).toContain('[hộ]');
  });

  it('starts at the beginning when nothing matches (a title-only hit)', () => {
    const out = show(buildExcerpt(words(40), queryTerms('khong'), 10));
    expect(out).toBe(`${words(10)}…`);
  });
});

describe('checking every word is there', () => {
  it('accepts words with or without marks, prefixes, and numbers written with dots', () => {
    const text = 'Quận mở Đường dây nóng: gọi 08.8291913';
    expect(hasEveryTerm(text, queryTerms('duong DAY no'))).toBe(true);
    expect(hasEveryTerm(text, queryTerms('088291913'))).toBe(true);
  });

  it('refuses a text without one of the words', () => {
    expect(hasEveryTerm('Quận mở đường dây nóng', queryTerms('nóng xyzzy'))).toBe(false);
  });
});
