import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleSummary } from '../contract/primitives';
import { isSafeImageUrl, isSafeLinkUrl } from './safe-url';

// Paths that a prefix check reads as "on this site" but a browser resolves to another host.
const OFF_SITE_PATHS = [
  '/\\evil.example/p',
  '/\t/evil.example/p',
  '\\\\evil.example/p',
  '//evil.example/p',
];

describe('safe URLs', () => {
  it('rejects paths that a browser resolves to another host', () => {
    for (const raw of OFF_SITE_PATHS) {
      expect(isSafeLinkUrl(raw, 'https://portal.example/articles/a'), raw).toBe(false);
      expect(isSafeImageUrl(raw, 'https://portal.example/articles/a'), raw).toBe(false);
      expect(isSafeImageUrl(raw), raw).toBe(false);
    }
  });

  it('keeps site paths, web, mail and phone links', () => {
    const site = 'https://portal.example/articles/a';
    for (const raw of ['/articles/b', '#muc-2', 'https://x.vn/', 'mailto:a@b.vn', 'tel:0909']) {
      expect(isSafeLinkUrl(raw, site), raw).toBe(true);
    }
    expect(isSafeImageUrl('/images/a.png', site)).toBe(true);
    expect(isSafeImageUrl('https://cdn.example/a.png', site)).toBe(true);
    expect(isSafeImageUrl('data:image/png;base64,AA', site)).toBe(false);
    expect(isSafeLinkUrl('javascript:alert(1)', site)).toBe(false);
  });

  it('drops a thumbnail whose path leaves the site, keeping the article', () => {
    const out = v.parse(ArticleSummary, {
      id: 'a',
      title: 'T',
      publishedAt: '2024-01-02T10:00:00+07:00',
      category: 'c',
      thumbnail: { src: '/\\evil.example/x.png', alt: '' },
    });
    expect(out.id).toBe('a');
    expect(out.thumbnail).toBeUndefined();
  });
});
