import { describe, expect, it } from 'vitest';
import type { CollectedHead } from '../../src/entry-server.tsx';
import { type HeadContext, headTags } from './head.ts';

const site = new URL('https://quan1.example.gov.vn/portal/');
const card = {
  src: `${site.href}og-image-0123456789ab.png`,
  width: 1200,
  height: 630,
  alt: 'Ủy ban nhân dân Quận Mẫu',
};
const ctx = (path: string): HeadContext => ({
  pageUrl: new URL(path, site),
  siteUrl: site,
  siteName: 'Ủy ban nhân dân Quận Mẫu',
  timeZone: 'Asia/Ho_Chi_Minh',
  fallbackDescription: 'Cổng thông tin',
  card,
});

const head = (meta: Partial<CollectedHead>): CollectedHead => ({
  title: 'Trang',
  fullTitle: 'Trang – Quận Mẫu',
  ...meta,
});

const article = (image?: CollectedHead['image']) =>
  head({
    title: 'Bài một',
    type: 'article',
    publishedAt: '2007-12-10T08:00:00+07:00',
    breadcrumb: [{ to: '/categories/tin-tuc', label: 'Tin tức' }],
    image,
  });

/** The `content` of every `<meta property|name=…>` of the head, by name. */
function metas(html: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, key, content] of html.matchAll(
    /<meta (?:property|name)="([^"]+)" content="([^"]*)">/g,
  )) {
    found[key as string] = (content as string).replace(/&amp;/g, '&');
  }
  return found;
}

const PAGES: [string, CollectedHead | null, string][] = [
  ['home', head({ title: 'Ủy ban nhân dân Quận Mẫu' }), ''],
  ['a category', head({ title: 'Tin tức', breadcrumb: [] }), 'categories/tin-tuc'],
  ['an archive day', head({ title: 'Bài viết ngày 10/12/2007' }), 'archive/2007-12-10'],
  ['contacts', head({ title: 'Đường dây nóng' }), 'contacts'],
  ['a page that said nothing', null, 'feeds'],
  ['an article without pictures', article(), 'articles/bai-1'],
];

describe('og:image (contract §6 v3)', () => {
  it.each(PAGES)(
    '%s names the site card, absolute, raster, with its size and alt',
    (_, h, path) => {
      const m = metas(headTags(h, ctx(path)));
      expect(m['og:image']).toBe(card.src);
      expect(m['og:image']).toMatch(/^https:\/\/quan1\.example\.gov\.vn\/portal\/.*\.png$/);
      expect([m['og:image:width'], m['og:image:height']]).toEqual(['1200', '630']);
      expect(m['og:image:alt']).toBe(card.alt);
      expect(m['twitter:card']).toBe('summary_large_image');
      expect(m['twitter:image']).toBe(card.src);
    },
  );

  it("an article with a sized raster picture names it, made absolute, with the picture's alt", () => {
    const html = headTags(
      article({ src: '/images/anh-1.JPG', alt: 'Trụ sở', width: 800, height: 533 }),
      ctx('articles/bai-1'),
    );
    const m = metas(html);
    expect(m['og:image']).toBe('https://quan1.example.gov.vn/images/anh-1.JPG');
    expect([m['og:image:width'], m['og:image:height'], m['og:image:alt']]).toEqual([
      '800',
      '533',
      'Trụ sở',
    ]);
    expect(m['twitter:image']).toBe(m['og:image']);
    expect(html).toContain('"image":["https://quan1.example.gov.vn/images/anh-1.JPG"]');
  });

  it.each([
    ['an SVG', { src: '/images/tru-so.svg', alt: 'Trụ sở', width: 640, height: 400 }],
    ['a GIF', { src: 'https://cdn.example/a.gif', alt: '', width: 640, height: 400 }],
    [
      'a URL without a type',
      { src: 'https://cdn.example/image?id=4', alt: '', width: 9, height: 9 },
    ],
    ['a raster picture without a size', { src: '/images/anh.png', alt: 'Ảnh' }],
    ['a raster picture with a width only', { src: '/images/anh.webp', alt: 'Ảnh', width: 800 }],
  ])('an article whose picture is %s falls back to the site card', (_, image) => {
    const html = headTags(article(image), ctx('articles/bai-1'));
    const m = metas(html);
    expect([m['og:image'], m['og:image:width'], m['og:image:height']]).toEqual([
      card.src,
      '1200',
      '630',
    ]);
    expect(html).not.toMatch(/content="[^"]*\.(?:svg|gif)"/);
  });

  it("an empty alt of the article's picture becomes the article's title", () => {
    const m = metas(
      headTags(article({ src: '/a.webp', alt: ' ', width: 10, height: 10 }), ctx('articles/bai-1')),
    );
    expect(m['og:image:alt']).toBe('Bài một');
  });
});

describe('JSON-LD headline', () => {
  it('is cut between graphemes, never inside an emoji', () => {
    const title = `${'x'.repeat(107)}👨‍👩‍👧 cuối`;
    const tags = headTags({ title, fullTitle: title, type: 'article' }, ctx('articles/a'));
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(tags)?.[1] ?? '';
    const headline = JSON.parse(json)['@graph'][0].headline as string;
    expect(headline).toBe(`${'x'.repeat(107)}…`);
  });
});
