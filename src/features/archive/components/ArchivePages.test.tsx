import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { serveFile } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { fakeIntersection } from '../../../../test/utils/fake-intersection';
import { recordRequests } from '../../../../test/utils/record-requests';
import { renderApp } from '../../../../test/utils/render-app';

describe('/archive/yyyy-MM-dd', () => {
  it('lists the site day’s articles with their site-local time, 00:30 included', async () => {
    renderApp('/archive/2007-12-10');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thứ Hai, 10/12/2007' }),
    ).toBeInTheDocument();
    const midnight = await screen.findByRole('link', { name: 'Bài lúc nửa đêm ngày 10' });
    expect(midnight).toHaveAttribute('href', '/articles/nua-dem-ngay-10');
    expect(midnight.closest('li')).toHaveTextContent('00:30');
    const list = midnight.closest('ul');
    if (!list) throw new Error('no list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['11:19Khai giảng lớp trung cấp', '00:30Bài lúc nửa đêm ngày 10']);
    // 23:30 on the 9th belongs to the 9th.
    expect(screen.queryByRole('link', { name: 'Bài lúc khuya ngày 9' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Ngày khác' });
    expect(
      within(nav).getByRole('link', { name: /Ngày trước: Chủ Nhật, 09\/12\/2007/ }),
    ).toHaveAttribute('href', '/archive/2007-12-09');
    expect(
      within(nav).getByRole('link', { name: /Ngày sau: Thứ Hai, 17\/12\/2007/ }),
    ).toHaveAttribute('href', '/archive/2007-12-17');
  });

  it('reads that day’s file and nothing else of the archive', async () => {
    // The calendar's own prefetch waits for an idle moment: keep it out of this count.
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const requests = recordRequests();
    const app = renderApp('/archive/2007-12-10');
    const nav = await screen.findByRole('navigation', { name: 'Ngày khác' });
    await within(nav).findByRole('link', { name: /Ngày sau/ });
    expect(requests.under('archive/')).toEqual(['archive/2007-12-10.json']);
    requests.stop();
    app.unmount();
    vi.unstubAllGlobals();
  });

  it('says a real day without articles has none, and still links its neighbours', async () => {
    renderApp('/archive/2007-12-12');
    expect(await screen.findByText('Không có bài viết nào trong ngày này.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Ngày khác' });
    expect(await within(nav).findByRole('link', { name: /Ngày trước/ })).toHaveAttribute(
      'href',
      '/archive/2007-12-10',
    );
    expect(await within(nav).findByRole('link', { name: /Ngày sau/ })).toHaveAttribute(
      'href',
      '/archive/2007-12-17',
    );
  });

  it('for a day without articles, looks in the neighbouring listed month, and only there', async () => {
    const requests = recordRequests();
    // A month with no file and no index entry: the neighbours are December and nothing after.
    renderApp('/archive/2008-03-05');
    expect(await screen.findByText('Không có bài viết nào trong ngày này.')).toBeInTheDocument();
    const prev = await screen.findByRole('link', { name: /Ngày trước: Thứ Hai, 17\/12\/2007/ });
    expect(prev).toHaveAttribute('href', '/archive/2007-12-17');
    expect(screen.queryByRole('link', { name: /Ngày sau/ })).not.toBeInTheDocument();
    expect(requests.under('archive/')).toEqual(
      expect.arrayContaining([
        'archive/2008-03-05.json',
        'archive/2008-03.json',
        'archive/index.json',
        'archive/2007-12.json',
      ]),
    );
    expect(requests.paths).not.toContain('archive/2007-11.json');
    requests.stop();
  });

  it('links the previous day in the previous month, from the day file alone', async () => {
    renderApp('/archive/2007-12-09');
    const prev = await screen.findByRole('link', { name: /Ngày trước: Thứ Tư, 21\/11\/2007/ });
    expect(prev).toHaveAttribute('href', '/archive/2007-11-21');
  });

  it('offers "Thử lại" on a server error, and it really fetches again', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/archive/2007-12-10.json', () => {
        calls += 1;
        return new HttpResponse('boom', { status: 500 });
      }),
    );
    renderApp('/archive/2007-12-10');
    const retry = await screen.findByRole('button', { name: 'Thử lại' });
    expect(screen.getByRole('heading', { level: 1, name: 'Thứ Hai, 10/12/2007' })).toBeVisible();
    expect(calls).toBe(1);
    server.resetHandlers();
    await userEvent.click(retry);
    expect(await screen.findByRole('link', { name: 'Bài lúc nửa đêm ngày 10' })).toBeVisible();
  });

  it('treats a missing day file as a day without articles', async () => {
    server.use(serveFile('archive/2007-12-10.json', { status: 404 }));
    renderApp('/archive/2007-12-10');
    expect(await screen.findByText('Không có bài viết nào trong ngày này.')).toBeInTheDocument();
  });

  it('says the data is faulty when the day file is truncated, not that nothing exists', async () => {
    server.use(
      http.get(
        '*/api/archive/2007-12-10.json',
        () =>
          new HttpResponse('{"date":"2007-12-10","items":[{"id":"kh', {
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    renderApp('/archive/2007-12-10');
    expect(await screen.findByRole('alert')).toHaveTextContent('Dữ liệu của phần này bị lỗi');
    expect(screen.queryByText('Không có bài viết nào trong ngày này.')).not.toBeInTheDocument();
    expect(screen.queryByText('Không tìm thấy trang')).not.toBeInTheDocument();
  });
});

describe('without archive/index.json', () => {
  it('a day and a month still show what their own files hold', async () => {
    server.use(serveFile('archive/index.json', { status: 404 }));
    renderApp('/archive/2007-12-12');
    expect(await screen.findByText('Không có bài viết nào trong ngày này.')).toBeInTheDocument();
    expect(
      await within(screen.getByRole('navigation', { name: 'Ngày khác' })).findByRole('link', {
        name: /Ngày trước/,
      }),
    ).toHaveAttribute('href', '/archive/2007-12-10');
    expect(screen.queryByText('Không tìm thấy trang')).toBeNull();
  });

  it('the month page lists its days without the other-months links', async () => {
    server.use(serveFile('archive/index.json', { status: 404 }));
    renderApp('/archive/2007-12');
    expect(await screen.findByRole('link', { name: 'Bài lúc nửa đêm ngày 10' })).toBeVisible();
    expect(screen.queryByText('Không tìm thấy trang')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Tháng khác' })).toBeNull();
  });
});

describe('/archive/yyyy-MM', () => {
  it('lists the month by site-local day, newest first, with each day’s count', async () => {
    renderApp('/archive/2007-12');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tháng 12/2007' }),
    ).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Bài lúc nửa đêm ngày 10' });
    expect(screen.getByText('4 bài viết trong 3 ngày.')).toBeInTheDocument();
    const days = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent)
      .filter((text) => text !== 'Xem bài viết theo ngày');
    expect(days).toEqual([
      'Thứ Hai, 17/12/2007 (1 bài viết)',
      'Thứ Hai, 10/12/2007 (2 bài viết)',
      'Chủ Nhật, 09/12/2007 (1 bài viết)',
    ]);
    const tenth = screen.getByRole('region', { name: /^Thứ Hai, 10\/12\/2007/ });
    expect(
      (await within(tenth).findAllByRole('link', { name: /Bài|Khai/ })).map((a) => a.textContent),
    ).toEqual(['Khai giảng lớp trung cấp', 'Bài lúc nửa đêm ngày 10']);
    const ninth = screen.getByRole('region', { name: /^Chủ Nhật, 09\/12\/2007/ });
    expect(await within(ninth).findByRole('link', { name: 'Bài lúc khuya ngày 9' })).toBeVisible();
    const nav = await screen.findByRole('navigation', { name: 'Tháng khác' });
    expect(within(nav).getByRole('link', { name: /Tháng trước: Tháng 11\/2007/ })).toHaveAttribute(
      'href',
      '/archive/2007-11',
    );
    expect(within(nav).queryByRole('link', { name: /Tháng sau/ })).not.toBeInTheDocument();
  });

  it('reads the first screen’s four days at once, any other day’s file as the reader reaches it', async () => {
    const days = ['03', '04', '05', '09', '10', '17'].map((d) => ({
      date: `2007-12-${d}`,
      count: 1,
    }));
    server.use(serveFile('archive/2007-12.json', { month: '2007-12', days }));
    const screenArea = fakeIntersection();
    const requests = recordRequests();
    renderApp('/archive/2007-12');
    await screen.findByRole('link', { name: 'Công khai số điện thoại đường dây nóng' });
    expect(await screen.findByRole('link', { name: 'Bài lúc nửa đêm ngày 10' })).toBeVisible();
    // The newest four at once (a prerendered month page holds them); the others wait.
    await waitFor(() =>
      expect(requests.under('archive/2007-12-').sort()).toEqual(
        ['05', '09', '10', '17'].map((d) => `archive/2007-12-${d}.json`),
      ),
    );
    const fourth = screen.getByRole('region', { name: /04\/12\/2007/ });
    expect(within(fourth).queryByRole('list')).toBeNull();
    screenArea.show(fourth);
    await waitFor(() =>
      expect(requests.under('archive/2007-12-')).toContain('archive/2007-12-04.json'),
    );
    expect(requests.under('archive/2007-12-')).not.toContain('archive/2007-12-03.json');
    requests.stop();
    screenArea.restore();
  });

  it('says so for a month without articles', async () => {
    renderApp('/archive/2008-01');
    expect(await screen.findByText('Không có bài viết nào trong tháng này.')).toBeInTheDocument();
    const nav = await screen.findByRole('navigation', { name: 'Tháng khác' });
    expect(within(nav).getByRole('link', { name: /Tháng trước: Tháng 12\/2007/ })).toBeVisible();
  });
});

describe('/archive/<not a date>', () => {
  it.each(['2007-13-45', '2007-02-30', 'hom-qua', '2007-1', '2007-00'])(
    '%s is not found',
    async (bad) => {
      renderApp(`/archive/${bad}`);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Mở lịch' })).toBeNull());
    },
  );
});

describe('both archive pages', () => {
  it.each(['/archive/2007-12-10', '/archive/2007-12'])(
    '%s carries the date picker',
    async (url) => {
      renderApp(url);
      const picker = await screen.findByRole('region', { name: 'Xem bài viết theo ngày' });
      expect(within(picker).getByRole('button', { name: 'Mở lịch' })).toBeVisible();
    },
  );
});
