import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { site } from '../../../mocks/fixtures';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { failThenServe } from '../../../test/utils/counting-handler';
import { recordRequests } from '../../../test/utils/record-requests';
import { renderApp, testQueryClient } from '../../../test/utils/render-app';
import { prefetch } from './HomeRoute';

describe('home page', () => {
  it('prefetches its article lists from the category list alone, so drawing reads nothing more', async () => {
    const client = testQueryClient();
    prefetch(client);
    await waitFor(() => expect(client.isFetching()).toBe(0));
    const requests = recordRequests();
    renderApp('/', client);
    const newest = await screen.findByRole('region', { name: 'Tin mới nhất' });
    expect(within(newest).getAllByRole('link').length).toBeGreaterThan(0);
    requests.stop();
    expect(requests.under('categories')).toEqual([]);
  });

  it('shows the site, its root categories, the newest articles and the hotline', async () => {
    renderApp('/');
    const newest = await screen.findByRole('region', { name: 'Tin mới nhất' });
    const titles = within(newest)
      .getAllByRole('link')
      .map((a) => a.textContent);
    // Merged across both roots, newest first.
    expect(titles.slice(0, 3)).toEqual([
      'Công khai số điện thoại đường dây nóng',
      'Khai giảng lớp trung cấp',
      'Bài lúc nửa đêm ngày 10',
    ]);
    expect(screen.getByRole('link', { name: site.name })).toHaveAttribute('href', '/');
    // The phone's folded menu and the wide row (CSS shows one; jsdom has no layout).
    const navs = screen.getAllByRole('navigation', { name: 'Chuyên mục chính' });
    expect(navs).toHaveLength(2);
    for (const nav of navs) {
      expect(within(nav).getByRole('link', { name: 'Tin tức & sự kiện' })).toHaveAttribute(
        'href',
        '/categories/tin-tuc',
      );
      expect(within(nav).queryByRole('link', { name: 'Cải cách hành chính' })).toBeNull();
    }
    const hotline = screen.getByRole('region', { name: 'Đường dây nóng' });
    expect(await within(hotline).findByRole('link', { name: '08.8291913' })).toHaveAttribute(
      'href',
      'tel:088291913',
    );
    // Every district line, not just the first contact's.
    expect(within(hotline).getByRole('link', { name: '0909.022.456' })).toHaveAttribute(
      'href',
      'tel:0909022456',
    );
    expect(within(hotline).queryByText('UBND phường Một')).toBeNull();
    expect(screen.getByRole('region', { name: 'Thông báo' })).toBeInTheDocument();
  });

  it('links into the archive: the newest day and its month, named from the data', async () => {
    const client = testQueryClient();
    await prefetch(client);
    const requests = recordRequests();
    renderApp('/', client);
    const archive = await screen.findByRole('navigation', { name: 'Lưu trữ' });
    expect(within(archive).getByRole('link', { name: 'Tin ngày 17/12/2007' })).toHaveAttribute(
      'href',
      '/archive/2007-12-17',
    );
    expect(within(archive).getByRole('link', { name: 'Lưu trữ tháng 12/2007' })).toHaveAttribute(
      'href',
      '/archive/2007-12',
    );
    // The prefetch had them: a prerendered home draws them with the rest.
    requests.stop();
    expect(requests.under('archive')).toEqual([]);
  });

  it('shows site-local dates to a reader in Los Angeles', async () => {
    renderApp('/');
    const newest = await screen.findByRole('region', { name: 'Tin mới nhất' });
    expect(within(newest).getByText('00:30 - 10/12/2007')).toBeInTheDocument();
  });

  it('offers a retry that really refetches when site.json fails', async () => {
    server.use(failThenServe('site.json', site));
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('region', { name: 'Tin mới nhất' })).toBeInTheDocument();
  });

  it('says the category list is broken but keeps the rest of the page', async () => {
    server.use(serveFile('categories.json', { categories: 'không phải danh sách' }));
    renderApp('/');
    expect(
      await screen.findByText('Dữ liệu danh sách chuyên mục bị lỗi nên chưa thể hiển thị.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: site.name })).toBeInTheDocument();
    const hotline = screen.getByRole('region', { name: 'Đường dây nóng' });
    expect(await within(hotline).findByRole('link', { name: '08.8291913' })).toBeVisible();
  });

  it('keeps other sections when one root category fails', async () => {
    server.use(serveFile('categories/thong-bao/1.json', { status: 503 }));
    renderApp('/');
    const news = await screen.findByRole('region', { name: 'Tin tức & sự kiện' });
    expect(
      within(news).getByRole('link', { name: 'Khai giảng lớp trung cấp' }),
    ).toBeInTheDocument();
    const failed = screen.getByRole('region', { name: 'Thông báo' });
    expect(within(failed).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('says what is missing when site.json is absent, rather than "page not found"', async () => {
    server.use(serveFile('site.json', { status: 404 }));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('thiếu thông tin chung (site.json)');
    expect(screen.queryByRole('heading', { name: 'Không tìm thấy trang' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  });
});
