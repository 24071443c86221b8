import type { Image } from '../contract/primitives';

/**
 * A picture a link preview can show (contract §6 v3: PNG, JPEG or WebP), judged by its URL's
 * extension: an SVG, a GIF or a URL that does not say is not one.
 */
export function isRasterSrc(src: string): boolean {
  try {
    return /\.(?:png|jpe?g|webp)$/i.test(new URL(src, 'https://site.invalid/').pathname);
  } catch {
    return false;
  }
}

/** The first raster picture of `images` (an article's figures, then its thumbnail). */
export function firstRasterImage(images: readonly (Image | undefined)[]): Image | undefined {
  return images.find((image): image is Image => image !== undefined && isRasterSrc(image.src));
}
