// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { headTags } from './head.ts';

const ctx = {
  pageUrl: new URL('https://quan1.example/articles/a'),
  siteUrl: new URL('https://quan1.example/'),
  siteName: 'Quận 1',
  timeZone: 'Asia/Ho_Chi_Minh',
  fallbackDescription: '',
};

describe('JSON-LD headline', () => {
  it('is cut between graphemes, never inside an emoji', () => {
    const title = `${'x'.repeat(107)}👨‍👩‍👧 cuối`;
    const tags = headTags({ title, fullTitle: title, type: 'article' }, ctx);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(tags)?.[1] ?? '';
    const headline = JSON.parse(json)['@graph'][0].headline as string;
    expect(headline).toBe(`${'x'.repeat(107)}…`);
  });
});
