import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { expectLinksLeaveFrame } from '../../../test/utils/embed-links';
import { renderApp } from '../../../test/utils/render-app';

describe('/embed/contacts', () => {
  it('shows every group when none is given, district first', async () => {
    const { container } = renderApp('/embed/contacts');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Danh bạ đường dây nóng' }),
    ).toBeVisible();
    const district = await screen.findByRole('region', { name: 'UBND Quận Mẫu' });
    expect(screen.getByRole('region', { name: 'Phường Một' })).toBeVisible();
    expect(within(district).getByRole('link', { name: '08.8291913' })).toHaveAttribute(
      'href',
      'tel:088291913',
    );
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Nguồn: Ủy ban nhân dân Quận Mẫu');
    expectLinksLeaveFrame(container);
  });

  it('shows only the group asked for', async () => {
    const { container } = renderApp('/embed/contacts?group=phuong-mot');
    expect(await screen.findByRole('region', { name: 'Phường Một' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'UBND Quận Mẫu' })).toBeNull();
    expectLinksLeaveFrame(container);
  });

  it('says so for an unknown group', async () => {
    renderApp('/embed/contacts?group=khong-co');
    expect(await screen.findByText('Không tìm thấy nhóm danh bạ “khong-co”.')).toBeVisible();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('on a server error offers a retry, links still leaving the frame', async () => {
    server.use(serveFile('contacts.json', { status: 502 }));
    const { container } = renderApp('/embed/contacts');
    expect(await screen.findByRole('button', { name: 'Thử lại' })).toBeVisible();
    expectLinksLeaveFrame(container);
  });
});
