import { useEffect } from 'react';

let siteName = '';

export function setSiteNameForTitles(name: string) {
  siteName = name;
}

/** "Page – Site" in the tab and for screen readers announcing navigation. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title === undefined) return;
    document.title = siteName && title !== siteName ? `${title} – ${siteName}` : title;
  }, [title]);
}
