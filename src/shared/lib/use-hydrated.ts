import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while a prerendered page is being drawn (in the page generator) and while the browser
 * takes it over, true afterwards and in every page the browser draws itself. For what only the
 * browser knows (its own address) or only works with JavaScript: the first render then matches
 * the prerendered HTML, and React updates the part right after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
