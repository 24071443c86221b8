import { act, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';

import { ArticleBody } from './ArticleBody';

// That a drawn article never downloads the sanitiser is a browser spec
// (test/browser/prerendered.test.mjs): here, what each path draws.

const HOSTILE = '<p>Tin <b>mới</b></p><img src="x" onerror="alert(1)"><script>alert(2)</script>';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ArticleBody', () => {
  it('cleans a body the browser draws itself (no handler, no script left)', async () => {
    await act(async () => {
      render(
        <Suspense fallback={null}>
          <ArticleBody html={HOSTILE} />
        </Suspense>,
      );
    });
    const bold = await screen.findByText('mới');
    const body = bold.closest('[data-article-body]');
    expect(body?.innerHTML).not.toMatch(/onerror|<script/);
  });

  it('takes a prerendered body over as drawn, and keeps it when drawn again', async () => {
    const drawnBody =
      '<p>Đã làm sạch khi vẽ trang: <a href="tel:02838221234">028 3822 1234</a></p>';
    const raw = '<p>Bản gốc trong dữ liệu</p>';
    // As the page generator wrote it (it had cleaned the body to `drawnBody`).
    const container = document.createElement('div');
    container.innerHTML = `<div class="article__body" data-article-body="">${drawnBody}</div>`;
    document.body.append(container);
    const errors: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, <ArticleBody html={raw} />, {
        onRecoverableError: (error) => errors.push(error),
      }),
    );
    expect(errors).toEqual([]);
    expect(container.querySelector('a[href^="tel:"]')?.textContent).toBe('028 3822 1234');
    // Another body (a refetch with new data) is cleaned here…
    await act(async () => root.render(<ArticleBody html={HOSTILE} />));
    await waitFor(() => expect(container.textContent).toContain('mới'));
    expect(container.innerHTML).not.toMatch(/onerror|<script/);
    // …and the drawn one, back again, is the drawn HTML, not its data cleaned afresh.
    await act(async () => root.render(<ArticleBody html={raw} />));
    expect(container.querySelector('a[href^="tel:"]')?.textContent).toBe('028 3822 1234');
    expect(container.textContent).not.toContain('Bản gốc');
    root.unmount();
  });
});
