import { describe, expect, it } from 'vitest';
import { firstRasterImage, isRasterSrc } from './og-image';

describe('raster pictures for link previews', () => {
  it('is judged by the extension of the URL path', () => {
    for (const src of ['/a.png', '/a.JPG', '/x/a.jpeg', 'https://cdn.example/a.webp?w=800']) {
      expect(isRasterSrc(src), src).toBe(true);
    }
    for (const src of [
      '/a.svg',
      '/a.gif',
      'https://cdn.example/image?f=a.png',
      '/png',
      '/a.png/',
    ]) {
      expect(isRasterSrc(src), src).toBe(false);
    }
  });

  it("takes an article's first raster figure, else its thumbnail", () => {
    const svg = { src: '/a.svg', alt: '' };
    const png = { src: '/b.png', alt: 'B' };
    const thumb = { src: '/t.jpg', alt: 'T' };
    expect(firstRasterImage([svg, png, thumb])).toBe(png);
    expect(firstRasterImage([svg, thumb])).toBe(thumb);
    expect(firstRasterImage([svg, undefined])).toBeUndefined();
  });
});
