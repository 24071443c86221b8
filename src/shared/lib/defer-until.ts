/**
 * `visible` and `interaction`, what waits on an element, and the first of them (`deferUntil`);
 * the vocabulary and `idle` (`whenIdle`, which needs no element) are in ./defer.ts.
 */
import type { Cancel, DeferUntil } from './defer';

/** What waits on an element. */
export type ElementDeferral = Exclude<DeferUntil, 'idle'>;

export interface DeferOptions {
  /** `visible`: how near the screen counts, above and below (CSS length). */
  margin?: string;
  /**
   * `interaction`: the first Tab anywhere on the page counts too. For a box that has nothing
   * focusable until its code is in: a keyboard reader needs it there before focus arrives.
   */
  firstTab?: boolean;
}

/**
 * `run` once, on the first of `until` to happen for `element`: `visible` within `margin` of
 * the viewport (at once without IntersectionObserver), `interaction` the pointer entering it or
 * focus coming into it (and, with `firstTab`, a Tab anywhere).
 */
export function deferUntil(
  until: readonly ElementDeferral[],
  element: Element,
  run: () => void,
  { margin = '150px', firstTab = false }: DeferOptions = {},
): Cancel {
  // One signal ends every wait: the first to fire aborts the others, and so does `cancel`.
  const waits = new AbortController();
  const { signal } = waits;
  const cancel = () => waits.abort();
  const once = () => {
    if (signal.aborted) return;
    cancel();
    run();
  };
  const listen = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, listener, { signal });
  for (const when of until) {
    if (signal.aborted) break;
    if (when === 'interaction') {
      listen(element, 'pointerenter', once);
      listen(element, 'focusin', once);
      if (firstTab)
        listen(document, 'keydown', (event) => {
          if ((event as KeyboardEvent).key === 'Tab') once();
        });
    } else if (typeof IntersectionObserver === 'undefined') once();
    else {
      const observer = new IntersectionObserver(
        (entries) => entries.some((entry) => entry.isIntersecting) && once(),
        { rootMargin: `${margin} 0px` },
      );
      observer.observe(element);
      listen(signal, 'abort', () => observer.disconnect());
    }
  }
  return cancel;
}
