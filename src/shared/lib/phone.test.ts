import { describe, expect, it } from 'vitest';
import { phoneParts, telHref } from './phone';

describe('telHref', () => {
  it.each([
    ['08.8291913', 'tel:088291913'],
    ['0909.022.456', 'tel:0909022456'],
    ['8.290.294', 'tel:8290294'],
    ['(028) 3829 1913', 'tel:02838291913'],
  ])('%s → %s', (printed, href) => {
    expect(telHref(printed)).toBe(href);
  });

  it('gives nothing to dial for text without a number', () => {
    expect(telHref('Đang cập nhật')).toBeNull();
    expect(telHref('')).toBeNull();
  });
});

describe('telHref for hand-typed fields', () => {
  it.each([
    ['+84 (28) 3829 1913 ext 12', 'tel:+842838291913,12'],
    ['(028) 3829 1913 (máy lẻ 105)', 'tel:02838291913,105'],
    ['+84 909 022 456', 'tel:+84909022456'],
  ])('%s → %s', (printed, href) => {
    expect(telHref(printed)).toBe(href);
  });

  it('does not dial a vanity number or a run of two numbers', () => {
    expect(telHref('1800-CALL-NOW')).toBeNull();
    expect(telHref('09090224560909022457')).toBeNull();
  });
});

describe('phoneParts', () => {
  it('splits several numbers into several links, separators as text', () => {
    expect(phoneParts('0909 022 456 / 0909 022 457')).toEqual([
      { text: '0909 022 456', href: 'tel:0909022456' },
      { text: ' / ', href: null },
      { text: '0909 022 457', href: 'tel:0909022457' },
    ]);
    expect(phoneParts('08.8291913 hoặc 08.8290294').map((p) => p.href)).toEqual([
      'tel:088291913',
      null,
      'tel:088290294',
    ]);
  });

  it('keeps a vanity number as text', () => {
    expect(phoneParts('1800-CALL-NOW')).toEqual([{ text: '1800-CALL-NOW', href: null }]);
  });
});
