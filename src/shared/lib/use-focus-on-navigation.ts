import { type RefObject, useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/**
 * After a client-side navigation, start at the top and move focus to the main region, so
 * keyboard and screen-reader users begin at the new content as after a full page load. Not on
 * the first load; and Back/Forward (POP) keep the browser's own scroll position.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>) {
  const { pathname, search } = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on URL change by design
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (navigationType !== 'POP') window.scrollTo(0, 0);
    target.current?.focus({ preventScroll: true });
  }, [pathname, search]);
}
