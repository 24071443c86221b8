import type { CollectedHead } from '../../src/entry-server.tsx';
import { clipText } from '../../src/shared/lib/graphemes.ts';
import { siteDateTime } from '../feeds/atom.ts';
import { escapeHtml, jsonInScript } from './html-text.ts';

export interface HeadContext {
  /** The page's public address. */
  pageUrl: URL;
  siteUrl: URL;
  siteName: string;
  timeZone: string;
  /** The site's own description, for pages that have none. */
  fallbackDescription: string;
}

const tag = (name: string, attrs: Record<string, string | number | undefined>) =>
  `<${name}${Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join('')}>`;

const meta = (property: string, content: string | number | undefined, key = 'property') =>
  content === undefined || content === '' ? '' : tag('meta', { [key]: property, content });

/**
 * What a link preview (Zalo, Facebook), a search engine and a feed reader read from a page's
 * head (contract §6): canonical address, Open Graph, a Twitter card and schema.org JSON-LD.
 * Every string from the data is escaped for where it lands.
 */
export function headTags(head: CollectedHead | null, ctx: HeadContext): string {
  const title = head?.title ?? ctx.siteName;
  const description = head?.description || ctx.fallbackDescription;
  const image = head?.image ? new URL(head.image.src, ctx.siteUrl).href : undefined;
  const isArticle = head?.type === 'article';
  const time = (iso: string | undefined) => (iso ? siteDateTime(iso, ctx.timeZone) : undefined);
  const published = time(head?.publishedAt);
  const modified = time(head?.modifiedAt) ?? published;
  const lines = [
    tag('link', { rel: 'canonical', href: ctx.pageUrl.href }),
    meta('og:type', isArticle ? 'article' : 'website'),
    meta('og:title', title),
    meta('og:description', description),
    meta('og:url', ctx.pageUrl.href),
    meta('og:site_name', ctx.siteName),
    meta('og:locale', 'vi_VN'),
    meta('og:image', image),
    meta('og:image:width', image ? head?.image?.width : undefined),
    meta('og:image:height', image ? head?.image?.height : undefined),
    meta('og:image:alt', image ? head?.image?.alt : undefined),
    meta('article:published_time', isArticle ? published : undefined),
    meta('article:modified_time', isArticle ? modified : undefined),
    meta('article:section', isArticle ? head?.section : undefined),
    meta('twitter:card', image ? 'summary_large_image' : 'summary', 'name'),
    meta('twitter:title', title, 'name'),
    meta('twitter:description', description, 'name'),
    meta('twitter:image', image, 'name'),
  ];
  const graph: unknown[] = [];
  if (isArticle) {
    graph.push({
      '@type': 'NewsArticle',
      headline: clipText(title, 110),
      description,
      datePublished: published,
      dateModified: modified,
      ...(image ? { image: [image] } : {}),
      author: head?.author
        ? { '@type': 'Person', name: head.author }
        : { '@type': 'Organization', name: ctx.siteName },
      publisher: { '@type': 'Organization', name: ctx.siteName, url: ctx.siteUrl.href },
      mainEntityOfPage: ctx.pageUrl.href,
      inLanguage: 'vi',
    });
  }
  if (head?.breadcrumb) {
    const at = (path: string) => new URL(path.replace(/^\//, ''), ctx.siteUrl).href;
    const crumbs = [{ label: 'Trang chủ', to: '/' }, ...head.breadcrumb].map((crumb) => ({
      label: crumb.label,
      href: at(crumb.to),
    }));
    if (isArticle) crumbs.push({ label: title, href: ctx.pageUrl.href });
    graph.push({
      '@type': 'BreadcrumbList',
      itemListElement: crumbs.map((crumb, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: crumb.label,
        item: crumb.href,
      })),
    });
  }
  if (graph.length > 0) {
    lines.push(
      `<script type="application/ld+json">${jsonInScript({ '@context': 'https://schema.org', '@graph': graph })}</script>`,
    );
  }
  return lines.filter(Boolean).join('');
}
