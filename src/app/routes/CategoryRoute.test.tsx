import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/utils/render-app';

const summary = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  publishedAt: '2007-12-10T11:19:00+07:00',
  category: 'cai-cach',
  ...extra,
});

describe('category page', () => {
  it('shows breadcrumb, articles with dates and pagination', async () => {
    renderApp('/categories/cai-cach');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cải cách hành chính' }),
    ).toBeVisible();
    const crumbs = screen.getByRole('navigation', { name: 'Đường dẫn' });
    expect(within(crumbs).getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('href', '/');
    expect(within(crumbs).getByRole('link', { name: 'Tin tức & sự kiện' })).toHaveAttribute(
      'href',
      '/categories/tin-tuc',
    );
    expect(
      screen.getByRole('link', { name: 'Công khai số điện thoại đường dây nóng' }),
    ).toHaveAttribute('href', '/articles/cong-khai-duong-day-nong');
    expect(screen.getByText('16:00 - 17/12/2007')).toBeInTheDocument();
    expect(screen.getByText('Thông báo về đường dây nóng.')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Phân trang' });
    expect(within(pages).getByRole('link', { name: '1' })).toHaveAttribute('aria-current', 'page');
    expect(within(pages).getByRole('link', { name: '2' })).not.toHaveAttribute('aria-current');
  });

  it('moves to page 2 and marks it current', async () => {
    const { location } = renderApp('/categories/cai-cach');
    const pages = await screen.findByRole('navigation', { name: 'Phân trang' });
    await userEvent.click(within(pages).getByRole('link', { name: '2' }));
    expect(
      await screen.findByRole('link', { name: 'Triển khai dịch vụ công qua mạng' }),
    ).toBeVisible();
    expect(location().pathname).toBe('/categories/cai-cach/page/2');
    expect(location().search).toBe('');
    // Keyboard and screen-reader users start at the new content.
    expect(screen.getByRole('main')).toHaveFocus();
    const current = within(screen.getByRole('navigation', { name: 'Phân trang' })).getByRole(
      'link',
      {
        name: '2',
      },
    );
    expect(current).toHaveAttribute('aria-current', 'page');
  });

  it.each([
    ['/categories/cai-cach?page=2', '/categories/cai-cach/page/2'],
    ['/categories/cai-cach/page/1', '/categories/cai-cach'],
    ['/categories/cai-cach?page=1', '/categories/cai-cach'],
  ])('%s leads to the path form %s', async (from, to) => {
    const { location } = renderApp(from);
    expect(await screen.findByRole('navigation', { name: 'Phân trang' })).toBeVisible();
    expect(location().pathname + location().search).toBe(to);
  });

  it('lists sub-categories of a parent and includes their articles', async () => {
    renderApp('/categories/tin-tuc');
    const subs = await screen.findByRole('navigation', { name: 'Chuyên mục con' });
    expect(within(subs).getByRole('link', { name: 'Cải cách hành chính' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Khai giảng lớp trung cấp' })).toBeVisible();
  });

  it.each([
    '/categories/cai-cach?page=abc',
    '/categories/cai-cach?page=0',
    '/categories/cai-cach?page=999',
    '/categories/cai-cach/page/999',
    '/categories/cai-cach/page/0',
    '/categories/cai-cach/page/02',
    '/categories/khong-ton-tai',
    '/categories/Sai_Dinh_Dang',
  ])('%s is not found', async (url) => {
    renderApp(url);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();
  });

  it('leaves out a malformed item and shows the rest', async () => {
    server.use(
      serveFile('categories/cai-cach/1.json', {
        category: 'cai-cach',
        page: 1,
        pageCount: 1,
        total: 4,
        items: [
          summary('bai-tot', 'Bài hợp lệ'),
          summary('BAI XAU', 'Mã sai dạng'),
          { id: 'thieu-ngay', title: 'Thiếu ngày', category: 'cai-cach' },
          summary('khong-mui-gio', 'Không múi giờ', { publishedAt: '2007-12-10T11:19:00' }),
        ],
      }),
    );
    renderApp('/categories/cai-cach');
    expect(await screen.findByRole('link', { name: 'Bài hợp lệ' })).toBeVisible();
    expect(screen.queryByText('Mã sai dạng')).toBeNull();
    expect(screen.queryByText('Thiếu ngày')).toBeNull();
    expect(screen.queryByText('Không múi giờ')).toBeNull();
  });

  it('shows a clear message for a malformed page document', async () => {
    server.use(serveFile('categories/cai-cach/1.json', { category: 'cai-cach', items: 'x' }));
    renderApp('/categories/cai-cach');
    expect(
      await screen.findByText('Dữ liệu của phần này bị lỗi nên chưa thể hiển thị.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();
  });

  it('renders hostile titles and summaries as text', async () => {
    server.use(
      serveFile('categories/cai-cach/1.json', {
        category: 'cai-cach',
        page: 1,
        pageCount: 1,
        total: 1,
        items: [
          summary('doc-hai', '<img src=x onerror="window.__pwned=1">Tiêu đề', {
            summary: '<script>window.__pwned=2</script>',
          }),
        ],
      }),
    );
    const { container } = renderApp('/categories/cai-cach');
    expect(
      await screen.findByRole('link', { name: '<img src=x onerror="window.__pwned=1">Tiêu đề' }),
    ).toBeVisible();
    expect(screen.getByText('<script>window.__pwned=2</script>')).toBeVisible();
    expect(container.querySelector('script, img[onerror]')).toBeNull();
  });
});
