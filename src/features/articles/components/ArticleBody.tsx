import { use, useState } from 'react';
import { loadOnce } from '../../../shared/lib/load-once';
import { useHydrated } from '../../../shared/lib/use-hydrated';

/**
 * The sanitiser (~2.3 kB gzip, its allow-list and the phone-number finder)
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

// The last body cleaned here: a page renders its body many times, and cleaning is not free.
let lastCleaned: { html: string; clean: string | TrustedHTML } | undefined;

function cleaned(
  sanitizeTrustedHtml: (html: string) => string | TrustedHTML,
  html: string,
): string | TrustedHTML {
  if (lastCleaned?.html !== html) lastCleaned = { html, clean: sanitizeTrustedHtml(html) };
  return lastCleaned.clean;
}

export function ArticleBody({ html }: { html: string }) {
  const hydrating = !useHydrated();
  // Looked for on the first render only: after it, React owns that element.
  useState(() => takeDrawnBody(html, hydrating));
  // No hook after `use`: a render replayed once its promise settles must meet the same hooks
  // (a useMemo here made React throw #467 now and then, on an article opened in the app).
  const clean =
    drawn.get(html) ?? cleaned((sanitiser.loaded() ?? use(sanitiser())).sanitizeTrustedHtml, html);
  return (
    <div
      className="article__body"
      data-article-body=""
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by an allow-list (sanitize.ts), here or when the page was drawn
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
