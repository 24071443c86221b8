import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/utils/render-app';

const FEEDS = new URL('/api/feeds/', window.location.href).href;

const execCommand = document.execCommand;
afterEach(() => {
  vi.restoreAllMocks();
  document.execCommand = execCommand;
});

describe('feeds page', () => {
  it('lists the site feed and every category feed by tree, with full addresses', async () => {
    renderApp('/feeds');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nhận tin qua Atom/RSS' }),
    ).toBeVisible();
    expect(screen.getByText(/trình đọc tin/)).toBeVisible();
    expect(await screen.findByRole('link', { name: `${FEEDS}cai-cach.xml` })).toBeVisible();
    const addresses = screen
      .getAllByRole('link')
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => href.startsWith(FEEDS));
    expect(addresses).toEqual([
      `${FEEDS}all.xml`,
      `${FEEDS}tin-tuc.xml`,
      `${FEEDS}cai-cach.xml`,
      `${FEEDS}thong-bao.xml`,
    ]);
    // The child's row sits inside its parent's item.
    const parent = screen
      .getByText('Tin tức & sự kiện', { selector: '.feed-row__name' })
      .closest('li');
    expect(
      parent && within(parent).getByRole('link', { name: `${FEEDS}cai-cach.xml` }),
    ).toBeTruthy();
  });

  it('copies an address with the keyboard and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderApp('/feeds');
    const button = await screen.findByRole('button', {
      name: 'Sao chép địa chỉ tin Cải cách hành chính',
    });
    button.focus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(`${FEEDS}cai-cach.xml`);
    const row = button.closest('.feed-row') as HTMLElement;
    expect(await within(row).findByRole('status')).toHaveTextContent('Đã sao chép địa chỉ.');
  });

  it('selects the address for Ctrl+C when the browser will not copy', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    document.execCommand = vi.fn(() => false);
    renderApp('/feeds');
    await user.click(
      await screen.findByRole('button', { name: 'Sao chép địa chỉ tin Tin mới nhất của cổng' }),
    );
    expect(await screen.findByText(/hãy nhấn Ctrl\+C/)).toBeVisible();
    expect(window.getSelection()?.toString()).toBe(`${FEEDS}all.xml`);
  });

  it('is linked from the footer of every page', async () => {
    renderApp('/contacts');
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Nhận tin qua Atom/RSS' })).toHaveAttribute(
      'href',
      '/feeds',
    );
  });
});

describe('category page', () => {
  it('announces its own feed in the head, and drops it on leaving', async () => {
    const view = renderApp('/categories/cai-cach');
    await screen.findByRole('heading', { level: 1, name: 'Cải cách hành chính' });
    const link = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(link).toHaveAttribute('href', `${FEEDS}cai-cach.xml`);
    expect(link).toHaveAttribute('title', 'Cải cách hành chính (Atom)');
    view.unmount();
    expect(document.head.querySelector('link[rel="alternate"]')).toBeNull();
  });
});
