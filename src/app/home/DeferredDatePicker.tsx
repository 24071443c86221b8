import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '../../shared/lib/use-hydrated';
import { useNearViewport } from '../../shared/lib/use-near-viewport';
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary';
import { NeedsScript } from '../../shared/ui/NeedsScript';

const DatePicker = lazy(() =>
  import('../../features/archive/components/DatePicker').then((m) => ({ default: m.DatePicker })),
);

const TITLE = 'Xem bài viết theo ngày';

/**
 * The home page's date box, loaded when its place nears the screen: on a phone it sits below
 * the news, and its ~2.9 kB gzip of code (the form's checks, the calendar's loading policy)
 * need not hold up the first screen; on a wide screen it is in view and starts at once.
 * Until then a box of the same size with its title keeps the layout still. A reader moving by
 * keyboard gets it on the first Tab, long before focus reaches it: tabbing does not wait for
 * the box to come near the screen, and a box still loading has nothing to focus.
 */
export function DeferredDatePicker() {
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref, { margin: '400px' });
  const [tabbing, setTabbing] = useState(false);
  useEffect(() => {
    if (near) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') setTabbing(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [near]);
  const id = useId();
  const hydrated = useHydrated();
  const placeholder = (
    <section
      ref={ref}
      className="box date-picker-placeholder"
      aria-labelledby={id}
      aria-busy="true"
    >
      <h2 id={id}>{TITLE}</h2>
      {hydrated ? (
        <p className="loading">Đang tải…</p>
      ) : (
        <NeedsScript>
          Chọn ngày cần JavaScript; mỗi bài viết có ngày đăng và liên kết tới ngày đó.
        </NeedsScript>
      )}
    </section>
  );
  if (!near && !tabbing) return placeholder;
  return (
    <ErrorBoundary
      fallback={() => (
        <section className="box" aria-labelledby={id}>
          <h2 id={id}>{TITLE}</h2>
          <p role="alert">Không tải được ô chọn ngày.</p>
          {/* A browser remembers a script it failed to fetch: only a reload fetches it anew. */}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Tải lại trang
          </button>
        </section>
      )}
    >
      <Suspense fallback={placeholder}>
        <DatePicker />
      </Suspense>
    </ErrorBoundary>
  );
}
