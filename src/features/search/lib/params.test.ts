import { describe, expect, it } from 'vitest';
import { readSearchParams, searchHref } from './params';

const read = (query: string) => readSearchParams(new URLSearchParams(query));

describe('search URL', () => {
  it('reads the words, category, order and page', () => {
    expect(
      read('q=%20h%E1%BB%99%20%20t%E1%BB%8Bch%20&category=ho-tich&sort=newest&page=2'),
    ).toEqual({
      q: 'hộ tịch',
      category: 'ho-tich',
      sort: 'newest',
      page: 2,
    });
    expect(read('')).toEqual({ q: '', category: null, sort: 'relevance', page: 1 });
  });

  it('refuses a malformed page or category', () => {
    expect(read('q=a&page=abc')).toBeNull();
    expect(read('q=a&page=0')).toBeNull();
    expect(read('q=a&category=../x')).toBeNull();
  });

  it('writes canonical URLs without the defaults', () => {
    expect(searchHref({ q: 'hộ tịch', category: null, sort: 'relevance', page: 1 })).toBe(
      '/search?q=h%E1%BB%99+t%E1%BB%8Bch',
    );
    expect(searchHref({ q: 'a&b', category: 'x', sort: 'newest', page: 3 })).toBe(
      '/search?q=a%26b&category=x&sort=newest&page=3',
    );
  });
});
