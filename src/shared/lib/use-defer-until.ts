import { type RefObject, useEffect, useState } from 'react';
import { type DeferOptions, deferUntil, type ElementDeferral } from './defer-until';

/**
 * False until the first of `until` happens for `ref`'s element, then true for good: what a
 * component waits for before it loads optional code or data (see ./defer.ts). `initially`
 * true skips the wait (the first of a list, drawn at once). A prerendered page is drawn with
 * `initially`, so the browser's first render matches it.
 */
export function useDeferUntil(
  ref: RefObject<Element | null>,
  until: readonly ElementDeferral[],
  { initially = false, margin, firstTab }: DeferOptions & { initially?: boolean } = {},
): boolean {
  const [ready, setReady] = useState(initially);
  // A fresh array literal on every render must not start the wait again.
  const key = until.join(' ');
  useEffect(() => {
    const element = ref.current;
    if (ready || !element || !key) return;
    return deferUntil(key.split(' ') as ElementDeferral[], element, () => setReady(true), {
      margin,
      firstTab,
    });
  }, [ready, ref, key, margin, firstTab]);
  return ready;
}
