import { createContext, type ReactNode, use, useEffect } from 'react';

const TitleSuffix = createContext('');

/** The site's name, appended to every page title below it (provided by the site gate). */
export function DocumentTitleSuffix({ value, children }: { value: string; children: ReactNode }) {
  return <TitleSuffix value={value}>{children}</TitleSuffix>;
}

/** "Page – Site" in the tab and for screen readers announcing navigation. */
export function useDocumentTitle(title: string | undefined) {
  const suffix = use(TitleSuffix);
  useEffect(() => {
    if (title === undefined) return;
    document.title = suffix && title !== suffix ? `${title} – ${suffix}` : title;
  }, [title, suffix]);
}
