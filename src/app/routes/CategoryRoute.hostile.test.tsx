import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/utils/render-app';

const items = ['a', 'b', 'c'].map((id) => ({
  id,
  title: `Bài ${id}`,
  publishedAt: '2007-12-10T11:19:00+07:00',
  category: 'cai-cach',
}));
const page = (extra: Record<string, unknown>) => ({
  category: 'cai-cach',
  page: 1,
  items,
  ...extra,
});

describe('category page with hostile counts', () => {
  it('treats a page count beyond total / items as faulty data, without hanging', async () => {
    server.use(
      serveFile('categories/cai-cach/1.json', page({ pageCount: 9007199254740991, total: 3 })),
    );
    renderApp('/categories/cai-cach');
    expect(
      await screen.findByText('Dữ liệu của phần này bị lỗi nên chưa thể hiển thị.'),
    ).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Phân trang' })).toBeNull();
  });

  it('pages through a huge but consistent count with a handful of links', async () => {
    server.use(serveFile('categories/cai-cach/1.json', page({ pageCount: 1e9, total: 3e9 })));
    renderApp('/categories/cai-cach');
    const nav = await screen.findByRole('navigation', { name: 'Phân trang' });
    expect(nav.querySelectorAll('a').length).toBeLessThanOrEqual(8);
    expect(screen.getByRole('link', { name: '1000000000' })).toBeVisible();
  });

  it('titles a page past the end as not found, even when a server answers for it', async () => {
    // A server that answers every page number (or a stale file) with the real count in it.
    server.use(
      serveFile('categories/cai-cach/1000.json', page({ page: 1000, pageCount: 1, total: 3 })),
    );
    renderApp('/categories/cai-cach?page=1000');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toMatch(/^Không tìm thấy trang/));
    expect(document.title).not.toContain('1000');
  });
});
