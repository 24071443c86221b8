import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { lazyComponent } from './lazy-component';
import { loadOnce } from './load-once';

function Box({ label }: { label: string }) {
  return <p>{label}</p>;
}

describe('lazyComponent', () => {
  it('after a failed download, "Thử lại" downloads it again and it comes', async () => {
    let online = false;
    let downloads = 0;
    const Lazy = lazyComponent(
      loadOnce(async () => {
        downloads++;
        if (!online) throw new TypeError('Failed to fetch dynamically imported module');
        return { Box };
      }),
      (module) => module.Box,
    );
    render(
      <ErrorBoundary
        fallback={(_error, retry) => (
          <button type="button" onClick={retry}>
            Thử lại
          </button>
        )}
      >
        <Suspense fallback={<p>Đang tải…</p>}>
          <Lazy label="Ô chọn ngày" />
        </Suspense>
      </ErrorBoundary>,
    );
    const retry = await screen.findByRole('button', { name: 'Thử lại' });
    // Once, not again and again while the network is down.
    expect(downloads).toBe(1);
    online = true;
    await userEvent.click(retry);
    expect(await screen.findByText('Ô chọn ngày')).toBeInTheDocument();
    expect(downloads).toBe(2);
  });

  it('draws at once, without suspending, once its code is in', async () => {
    const code = loadOnce(async () => ({ Box }));
    await code();
    const Lazy = lazyComponent(code, (module) => module.Box);
    render(
      <Suspense fallback={<p>Đang tải…</p>}>
        <Lazy label="Sẵn sàng" />
      </Suspense>,
    );
    expect(screen.getByText('Sẵn sàng')).toBeInTheDocument();
  });
});
