import type { CollectedHead } from '../../src/entry-server.tsx';
import { isRasterSrc } from '../../src/shared/head/og-image.ts';
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
  /** The site card (scripts/pages/site-card.ts), for pages without a picture of their own. */
  card: OgImage;
}

/** What `og:image` names: an absolute URL of a raster picture and its size. */
export interface OgImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The page's picture (an article's first raster one) when the data gives its size, else the
 * site card: every page names one raster image with its size (contract §6 v3).
 */
function ogImage(head: CollectedHead | null, ctx: HeadContext, title: string): OgImage {
  const own = head?.image;
  if (own?.width && own.height && isRasterSrc(own.src)) {
    const src = new URL(own.src, ctx.siteUrl).href;
    return { src, width: own.width, height: own.height, alt: own.alt.trim() || title };
  }
  return ctx.card;
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
  const picture = ogImage(head, ctx, title);
  const image = picture.src;
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
    meta('og:image:width', picture.width),
    meta('og:image:height', picture.height),
    meta('og:image:alt', picture.alt),
    meta('article:published_time', isArticle ? published : undefined),
    meta('article:modified_time', isArticle ? modified : undefined),
    meta('article:section', isArticle ? head?.section : undefined),
    meta('twitter:card', 'summary_large_image', 'name'),
    meta('twitter:title', title, 'name'),
    meta('twitter:description', description, 'name'),
    meta('twitter:image', image, 'name'),
    meta('twitter:image:alt', picture.alt, 'name'),
  ];
  const graph: unknown[] = [];
  if (isArticle) {
    graph.push({
      '@type': 'NewsArticle',
      headline: clipText(title, 110),
      description,
      datePublished: published,
      dateModified: modified,
      image: [image],
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
