import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  darken,
  EMBED_BACKGROUNDS,
  ensureContrast,
  parseHexColor,
  relativeLuminance,
  themeStyle,
} from './theme';

describe('parseHexColor', () => {
  it('accepts 6- and 3-digit hex colours, normalised to lowercase #rrggbb', () => {
    expect(parseHexColor('#0b5394')).toBe('#0b5394');
    expect(parseHexColor('#0B5394')).toBe('#0b5394');
    expect(parseHexColor('#abc')).toBe('#aabbcc');
  });

  it.each([
    null,
    undefined,
    '',
    '0b5394',
    '#0b539',
    '#0b53944',
    '#ggg',
    'red',
    'rgb(0,0,0)',
    '#0b5394;background:url(x)',
    ' #0b5394',
    '#0b5394\n',
  ])('ignores %j', (value) => {
    expect(parseHexColor(value)).toBeNull();
  });
});

describe('luminance and contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 is the classic lightest grey that passes AA on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('darken mixes towards black', () => {
    expect(darken('#ffffff', 0.5)).toBe('#808080');
    expect(darken('#0b5394', 0)).toBe('#0b5394');
    expect(darken('#0b5394', 1)).toBe('#000000');
  });
});

describe('ensureContrast', () => {
  it('keeps a colour that already passes', () => {
    expect(ensureContrast('#0b5394')).toBe('#0b5394');
    expect(ensureContrast('#000000')).toBe('#000000');
  });

  it.each(['#ffff00', '#ffffff', '#7fb3ff', '#ff7f50', '#00ff00', '#777777'])(
    'darkens %s until it reaches 4.5:1, and no further than needed',
    (color) => {
      expect(contrastRatio(color, '#ffffff')).toBeLessThan(4.5);
      const fixed = ensureContrast(color);
      expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      // One 1% step lighter would fail: as close to the ward's colour as AA allows.
      const steps = Array.from({ length: 101 }, (_, i) => darken(color, i / 100));
      const used = steps.indexOf(fixed);
      expect(used).toBeGreaterThan(0);
      expect(contrastRatio(steps[used - 1] ?? '', '#ffffff')).toBeLessThan(4.5);
    },
  );

  it('checks every background it is given', () => {
    const fixed = ensureContrast('#2f7fd0', EMBED_BACKGROUNDS);
    for (const bg of EMBED_BACKGROUNDS)
      expect(contrastRatio(fixed, bg)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('themeStyle', () => {
  it('sets the accent (and its hover shade) for a valid colour', () => {
    expect(themeStyle('#0b5394')).toEqual({
      '--accent': '#0b5394',
      '--accent-dark': expect.any(String),
    });
  });

  it('darkens a pale colour', () => {
    const style = themeStyle('#ffff00');
    expect(style?.['--accent']).not.toBe('#ffff00');
    expect(contrastRatio(style?.['--accent'] ?? '', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('returns nothing for anything else', () => {
    expect(themeStyle(null)).toBeUndefined();
    expect(themeStyle('javascript:alert(1)')).toBeUndefined();
  });
});
