import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as urls from '../../src/shared/urls/app-urls.ts';
import { escapeHtml } from './html-text.ts';

export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  loc: string;
  /** W3C datetime with the site's offset, or a date. */
  lastmod?: string;
}

const urlset = (entries: readonly SitemapEntry[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      (e) =>
        `<url><loc>${escapeHtml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');

const newest = (entries: readonly SitemapEntry[]) =>
  entries.reduce<string | undefined>(
    (best, e) =>
      e.lastmod && (!best || Date.parse(e.lastmod) > Date.parse(best)) ? e.lastmod : best,
    undefined,
  );

/**
 * `sitemap.xml` (file name → XML): one urlset while the site has at most `limit` pages, else a
 * sitemap index naming `sitemap-1.xml`… of at most `limit` URLs each (sitemaps.org's limit).
 */
export function sitemapFiles(
  entries: readonly SitemapEntry[],
  siteUrl: URL,
  limit = SITEMAP_LIMIT,
): Map<string, string> {
  if (entries.length <= limit) return new Map([['sitemap.xml', urlset(entries)]]);
  const files = new Map<string, string>();
  const parts: { loc: string; lastmod?: string }[] = [];
  for (let i = 0; i * limit < entries.length; i++) {
    const chunk = entries.slice(i * limit, (i + 1) * limit);
    const name = `sitemap-${i + 1}.xml`;
    files.set(name, urlset(chunk));
    parts.push({ loc: new URL(name, siteUrl).href, lastmod: newest(chunk) });
  }
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map(
      (p) =>
        `<sitemap><loc>${escapeHtml(p.loc)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</sitemap>`,
    ),
    '</sitemapindex>',
    '',
  ].join('\n');
  files.set('sitemap.xml', index);
  return files;
}

const PART = /^sitemap-[1-9]\d*\.xml$/;

/**
 * Removes the `sitemap-N.xml` parts in `dist` that `files` (this run's sitemap) does not have:
 * a site that shrank to fewer parts, or under the limit, must not leave old parts to be
 * crawled. Only names `sitemapFiles` writes are touched. Returns how many went.
 */
export async function removeStaleParts(
  dist: string,
  files: ReadonlyMap<string, string>,
): Promise<number> {
  const names = await readdir(dist).catch(() => [] as string[]);
  const stale = names.filter((name) => PART.test(name) && !files.has(name));
  for (const name of stale) await rm(path.join(dist, name), { force: true });
  return stale.length;
}

/** robots.txt: everything may be crawled but search results and widgets; names the sitemap. */
export function robotsTxt(siteUrl: URL): string {
  const base = siteUrl.pathname;
  return [
    'User-agent: *',
    `Disallow: ${base}${urls.search().slice(1)}`,
    `Disallow: ${base}${urls.WIDGET_PREFIX}/`,
    '',
    `Sitemap: ${new URL('sitemap.xml', siteUrl).href}`,
    '',
  ].join('\n');
}
