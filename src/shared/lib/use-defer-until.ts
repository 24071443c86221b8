import { type RefObject, useEffect, useState } from 'react';
import { type DeferOptions, deferUntil, type ElementDeferral } from './defer-until';

/**
 * False until the first of `until` happens for `ref`'s element, then true for good: what a
 * component waits for before it loads optional code or data (see ./defer.ts). `initially`
 * true skips the wait (the first of a list, drawn at once). A prerendered page is drawn with
 * `initially`, so the browser's first render matches it. `until` is a constant (a module-level
 * array): a new array starts the wait again.
 */
export function useDeferUntil(
  ref: RefObject<Element | null>,
  until: readonly ElementDeferral[],
  { initially = false, margin, firstTab }: DeferOptions & { initially?: boolean } = {},
): boolean {
  const [ready, setReady] = useState(initially);
  useEffect(() => {
    const element = ref.current;
    if (ready || !element) return;
    return deferUntil(until, element, () => setReady(true), { margin, firstTab });
  }, [ready, ref, until, margin, firstTab]);
  return ready;
}
