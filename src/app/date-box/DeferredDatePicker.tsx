import { Suspense, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { lazyComponent } from '../../shared/lib/lazy-component';
import { loadOnce } from '../../shared/lib/load-once';
import { useDeferUntil } from '../../shared/lib/use-defer-until';
import { useHydrated } from '../../shared/lib/use-hydrated';
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary';
import { NeedsScript } from '../../shared/ui/NeedsScript';
import * as urls from '../../shared/urls/app-urls';

const DatePicker = lazyComponent(
  loadOnce(() => import('../../features/archive/components/DatePicker')),
  (module) => module.DatePicker,
);

const TITLE = 'Xem bài viết theo ngày';
const UNTIL = ['visible', 'interaction'] as const;

/**
 * The date box of home, an article and a category page, loaded when its place becomes
 * `visible` (within 400 px): on a phone it sits below the news or the article, and its ~4 kB
 * gzip of code and archive readers (the form's checks, the calendar's loading policy, the
 * newest day) need not hold up the first screen; on a wide screen it is in view and starts at
 * once. Until then a box of the same size with its title keeps the layout still, and a page
 * read without JavaScript gets the way into the archive the box would have offered.
 * A reader moving by keyboard gets it on the first Tab (`interaction`, `firstTab`), long before
 * focus reaches it: tabbing does not wait for the box to come near the screen, and a box still
 * loading has nothing to focus.
 */
export function DeferredDatePicker({ selectedDay }: { selectedDay?: string }) {
  const ref = useRef<HTMLElement>(null);
  const wanted = useDeferUntil(ref, UNTIL, {
    margin: '400px',
    firstTab: true,
  });
  // Whether the reader has already tried again: then a reload is the remaining way.
  const [retried, setRetried] = useState(false);
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
          {selectedDay && (
            <>
              {' '}
              <Link to={urls.archive(selectedDay.slice(0, 7))}>Xem các bài viết của tháng</Link>.
            </>
          )}
        </NeedsScript>
      )}
    </section>
  );
  if (!wanted) return placeholder;
  return (
    <ErrorBoundary
      fallback={(_error, retry) => (
        <section className="box" aria-labelledby={id}>
          <h2 id={id}>{TITLE}</h2>
          <p role="alert">Không tải được ô chọn ngày.</p>
          <p className="notice__actions">
            {/* Downloads it again (`loadOnce` forgets a failure)… */}
            <button
              type="button"
              className="button"
              onClick={() => {
                setRetried(true);
                retry();
              }}
            >
              Thử lại
            </button>
            {/* …but Chromium may keep failing a module it once failed: only a reload then. */}
            {retried && (
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Tải lại trang
              </button>
            )}
          </p>
        </section>
      )}
    >
      <Suspense fallback={placeholder}>
        <DatePicker selectedDay={selectedDay} />
      </Suspense>
    </ErrorBoundary>
  );
}
