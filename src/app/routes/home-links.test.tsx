import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, testQueryClient } from '../../../test/utils/render-app';

// Under a sub-path the service worker's scope is `/portal/`: a home link written `/portal`
// (React Router's own form) leads offline to the browser's error page and online to a 301.
describe('links home under a sub-path', () => {
  const at = (url: string) => renderApp(url, testQueryClient(), { basename: '/portal' });

  it('the site title and "Trang chủ" point at /portal/, with the slash', async () => {
    at('/portal/articles/cong-khai-duong-day-nong');
    await screen.findByRole('heading', { level: 1 });
    const title = within(screen.getByRole('banner')).getAllByRole('link')[0];
    expect(title).toHaveAttribute('href', '/portal/');
    const crumbs = screen.getByRole('navigation', { name: 'Đường dẫn' });
    expect(within(crumbs).getByRole('link', { name: 'Trang chủ' })).toHaveAttribute(
      'href',
      '/portal/',
    );
  });

  // The address bar's `/portal/` is checked in the browser (test/browser/base-path.test.mjs).
  it('clicking "Trang chủ" opens home', async () => {
    const view = at('/portal/articles/cong-khai-duong-day-nong');
    await screen.findByRole('heading', { level: 1 });
    const crumbs = screen.getByRole('navigation', { name: 'Đường dẫn' });
    await userEvent.click(within(crumbs).getByRole('link', { name: 'Trang chủ' }));
    expect(await screen.findByRole('region', { name: 'Tin mới nhất' })).toBeVisible();
    expect(view.location().pathname).toBe('/');
  });

  it('"Về trang chủ" on a page that does not exist points at /portal/', async () => {
    at('/portal/khong-co-trang-nay');
    expect(await screen.findByRole('link', { name: 'Về trang chủ' })).toHaveAttribute(
      'href',
      '/portal/',
    );
  });

  it('at the root, home stays /', async () => {
    renderApp('/articles/cong-khai-duong-day-nong');
    await screen.findByRole('heading', { level: 1 });
    const crumbs = screen.getByRole('navigation', { name: 'Đường dẫn' });
    expect(within(crumbs).getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('href', '/');
  });
});
