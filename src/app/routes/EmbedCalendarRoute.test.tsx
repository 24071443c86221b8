import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { expectLinksLeaveFrame } from '../../../test/utils/embed-links';
import { renderApp } from '../../../test/utils/render-app';

describe('/embed/calendar', () => {
  it('renders the date picker, chromeless, with the source link leaving the frame', async () => {
    const { container } = renderApp('/embed/calendar');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Xem bài viết theo ngày' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Xem bài viết theo ngày');
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Nguồn: Ủy ban nhân dân Quận Mẫu');
    expectLinksLeaveFrame(container);
  });

  it('with ?day= lists that site-local day’s articles, links leaving the frame', async () => {
    const { container } = renderApp('/embed/calendar?day=2007-12-10');
    const section = await screen.findByRole('region', { name: 'Bài viết ngày 10/12/2007' });
    await within(section).findByText('Khai giảng lớp trung cấp');
    // 00:30 on the 10th in Hồ Chí Minh City is still the 9th in Los Angeles: it belongs here;
    // 23:30 on the 9th does not.
    expect(within(section).getByText('Bài lúc nửa đêm ngày 10')).toBeVisible();
    expect(within(section).queryByText('Bài lúc khuya ngày 9')).toBeNull();
    expectLinksLeaveFrame(container);
  });

  it('a day without articles (or without a month file) says so', async () => {
    server.use(serveFile('archive/2008-01.json', { status: 404 }));
    renderApp('/embed/calendar?day=2008-01-05');
    expect(await screen.findByText('Không có bài viết trong ngày này.')).toBeVisible();
  });

  it('an impossible day is reported, not fetched', async () => {
    renderApp('/embed/calendar?day=2007-13-45');
    expect(await screen.findByText('Ngày “2007-13-45” không hợp lệ.')).toBeVisible();
    expect(screen.queryByRole('region', { name: /^Bài viết ngày/ })).toBeNull();
  });

  it('picking a day shows its articles inside the widget, keeping the theme', async () => {
    const { location } = renderApp('/embed/calendar?theme=%23aa0000');
    const box = await screen.findByLabelText('Ngày (dd/mm/yyyy)');
    await userEvent.type(box, '10/12/2007{Enter}');
    const section = await screen.findByRole('region', { name: 'Bài viết ngày 10/12/2007' });
    expect(await within(section).findByText('Khai giảng lớp trung cấp')).toBeVisible();
    expect(location().pathname).toBe('/embed/calendar');
    const params = new URLSearchParams(location().search);
    expect(params.get('day')).toBe('2007-12-10');
    expect(params.get('theme')).toBe('#aa0000');
  });
});
