import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapFiles } from './sitemap';

const site = new URL('https://quan1.example.gov.vn/');
const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    loc: `${site.href}articles/bai-${i}`,
    lastmod: `2007-12-${String(10 + i).padStart(2, '0')}T08:00:00+07:00`,
  }));

describe('sitemap.xml', () => {
  it('is one urlset up to the limit', () => {
    const files = sitemapFiles(entries(3), site, 3);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    const xml = files.get('sitemap.xml') ?? '';
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(xml).toContain('<lastmod>2007-12-12T08:00:00+07:00</lastmod>');
  });

  it('becomes an index of files of at most the limit above it, each with its newest date', () => {
    const files = sitemapFiles(entries(5), site, 2);
    expect([...files.keys()].sort()).toEqual([
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
      'sitemap.xml',
    ]);
    const index = files.get('sitemap.xml') ?? '';
    expect(index).toContain('<sitemapindex');
    expect(index).toContain(`<loc>${site.href}sitemap-3.xml</loc>`);
    expect(index).toContain('<lastmod>2007-12-11T08:00:00+07:00</lastmod>');
    expect(files.get('sitemap-3.xml')?.match(/<url>/g)).toHaveLength(1);
  });

  it('escapes what a URL may hold', () => {
    const xml = sitemapFiles([{ loc: `${site.href}a?b=1&c=<2>` }], site).get('sitemap.xml');
    expect(xml).toContain('a?b=1&amp;c=&lt;2&gt;');
  });

  it('is named by robots.txt, which keeps search results and widgets out', () => {
    const sub = new URL('https://quan1.example.gov.vn/portal/');
    const robots = robotsTxt(sub);
    expect(robots).toContain('Sitemap: https://quan1.example.gov.vn/portal/sitemap.xml');
    expect(robots).toContain('Disallow: /portal/search');
    expect(robots).toContain('Disallow: /portal/embed/');
  });
});

describe('stale sitemap parts', () => {
  it('go when the site shrinks to fewer parts or under the limit; nothing else is touched', async () => {
    const { mkdtemp, readdir, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { removeStaleParts } = await import('./sitemap');
    const dist = await mkdtemp(path.join(tmpdir(), 'sitemap-'));
    const publish = async (n: number) => {
      const files = sitemapFiles(entries(n), site, 3);
      for (const [name, xml] of files) await writeFile(path.join(dist, name), xml);
      return removeStaleParts(dist, files);
    };
    try {
      await writeFile(path.join(dist, 'sitemap-news.xml'), 'theirs');
      await writeFile(path.join(dist, 'sitemap-0.xml'), 'theirs');
      expect(await publish(7)).toBe(0);
      expect(await publish(4)).toBe(1);
      expect((await readdir(dist)).sort()).toEqual([
        'sitemap-0.xml',
        'sitemap-1.xml',
        'sitemap-2.xml',
        'sitemap-news.xml',
        'sitemap.xml',
      ]);
      expect(await publish(2)).toBe(2);
      expect((await readdir(dist)).sort()).toEqual([
        'sitemap-0.xml',
        'sitemap-news.xml',
        'sitemap.xml',
      ]);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
