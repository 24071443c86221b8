import { use, useMemo, useState } from 'react';
import { loadOnce } from '../../../shared/lib/load-once';
import { useHydrated } from '../../../shared/lib/use-hydrated';

/**
 * The sanitiser (DOMPurify and its rules, ~13 kB gzip, more than the rest of the article page)
 * comes in its own file, and only when a body has to be cleaned in this browser. A prerendered
 * article's body was cleaned by the same code when the page was drawn: taking the page over
 * reuses that HTML, so a reader who opens one article never downloads the sanitiser.
 */
const sanitiser = loadOnce(() => import('../../../shared/html/sanitize'));

/** Starts the sanitiser's download, beside the article's data, for a page the browser draws. */
export function startSanitiser() {
  sanitiser().catch(() => {
    // Reported by the body that needs it (it suspends on the same download, then fails).
  });
}

// Bodies as the page's HTML holds them, by the data they were drawn from.
const drawn = new Map<string, string>();

/**
 * While the browser takes a prerendered page over, the body it drew: the state holds the
 * same data the page was drawn from, so that HTML is this body's clean form. Not on the server
 * (no document: it sanitises) nor in a page the browser draws itself.
 */
function takeDrawnBody(html: string, hydrating: boolean): string | undefined {
  const known = drawn.get(html);
  if (known !== undefined || !hydrating || typeof document === 'undefined') return known;
  const element = document.querySelector('[data-article-body]');
  if (!element) return undefined;
  drawn.set(html, element.innerHTML);
  return element.innerHTML;
}

export function ArticleBody({ html }: { html: string }) {
  const hydrating = !useHydrated();
  // Looked for on the first render only: after it, React owns that element.
  useState(() => takeDrawnBody(html, hydrating));
  const fromPage = drawn.get(html);
  const code = fromPage === undefined ? (sanitiser.loaded() ?? use(sanitiser())) : undefined;
  const clean = useMemo(
    () => fromPage ?? code?.sanitizeTrustedHtml(html) ?? '',
    [fromPage, code, html],
  );
  return (
    <div
      className="article__body"
      data-article-body=""
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by an allow-list (sanitize.ts), here or when the page was drawn
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
