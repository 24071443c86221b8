import { createContext, type ReactNode, use } from 'react';
import type { Image } from '../contract/primitives';

const TitleSuffix = createContext('');

/** The site's name, appended to every page title below it (provided by the site gate). */
export function DocumentTitleSuffix({ value, children }: { value: string; children: ReactNode }) {
  return <TitleSuffix value={value}>{children}</TitleSuffix>;
}

/** What a page says about itself: its tab title, and for link previews and crawlers the rest. */
export interface PageMeta {
  /** The page's own title; the site's name is appended ("Page – Site"). */
  title: string;
  /** Plain text; a page without one keeps the site's. */
  description?: string;
  type?: 'website' | 'article';
  image?: Image;
  publishedAt?: string;
  modifiedAt?: string;
  author?: string;
  section?: string;
  /** Links above this page below "Trang chủ", as app paths (`/categories/x`). */
  breadcrumb?: readonly { to: string; label: string }[];
  /**
   * The address has no page (NotFound, drawn as the whole page): `build:pages` writes no file
   * for it, and the server answers it with 404.html.
   */
  notFound?: boolean;
}

/**
 * Where a prerendered page's head facts go (`build:pages` provides it; the browser does not):
 * canonical URL, Open Graph and JSON-LD need the site's public address, which only the page
 * generator knows, so they are written into the static head and never drawn by React.
 */
export const HeadCollector = createContext<
  ((meta: PageMeta & { fullTitle: string }) => void) | null
>(null);

/**
 * The page's `<title>` and description: React 19 hoists them into `<head>` and removes them when
 * the page goes, in the browser and in the prerendered page alike.
 */
export function PageHead(meta: PageMeta) {
  const suffix = use(TitleSuffix);
  const fullTitle = suffix && meta.title !== suffix ? `${meta.title} – ${suffix}` : meta.title;
  use(HeadCollector)?.({ ...meta, fullTitle });
  return (
    <>
      <title>{fullTitle}</title>
      {meta.description && <meta name="description" content={meta.description} />}
    </>
  );
}
