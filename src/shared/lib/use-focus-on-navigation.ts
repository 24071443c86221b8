import { type RefObject, useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After a client-side navigation, move focus to the main region so keyboard and screen-reader
 * users start at the new content, as a full page load would. Not on the first load.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>) {
  const { pathname, search } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on URL change by design
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    target.current?.focus({ preventScroll: true });
  }, [pathname, search]);
}
