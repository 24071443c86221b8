import { type RefObject, useEffect, useState } from 'react';

/**
 * True once `ref`'s element comes within `margin` of the viewport (and stays true): what a
 * long page loads as the reader reaches it. Without IntersectionObserver, true at once.
 */
export function useNearViewport(
  ref: RefObject<Element | null>,
  { initially = false, margin = '150px' }: { initially?: boolean; margin?: string } = {},
): boolean {
  const [near, setNear] = useState(initially);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref, margin]);
  return near;
}
