import { vi } from 'vitest';

/**
 * An IntersectionObserver under the test's control: nothing is on screen until `show(el)`.
 * jsdom has none (and no layout), so what "near the screen" means is up to the test.
 */
export function fakeIntersection() {
  const watched = new Map<Element, IntersectionObserverCallback>();
  class FakeObserver {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(element: Element) {
      watched.set(element, this.callback);
    }
    unobserve(element: Element) {
      watched.delete(element);
    }
    disconnect() {
      for (const [element, callback] of watched)
        if (callback === this.callback) watched.delete(element);
    }
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    show(element: Element) {
      const callback = watched.get(element);
      const entry = { isIntersecting: true, target: element } as IntersectionObserverEntry;
      callback?.([entry], {} as IntersectionObserver);
    },
    restore: () => vi.unstubAllGlobals(),
  };
}
