import { describe, expect, it } from 'vitest';
import { telHref } from './phone';

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
