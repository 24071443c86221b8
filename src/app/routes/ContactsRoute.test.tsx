import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contacts } from '../../../mocks/fixtures';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/utils/render-app';

describe('contacts page', () => {
  it('makes every phone a tel: link of its digits, keeping the printed form', async () => {
    renderApp('/contacts');
    const district = await screen.findByRole('region', { name: 'UBND Quận Mẫu' });
    const links = within(district)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['08.8291913', 'tel:088291913'],
      ['8.290.294', 'tel:8290294'],
      ['0909.022.456', 'tel:0909022456'],
    ]);
    expect(within(district).getByRole('link', { name: 'cchc@example.gov.vn' })).toHaveAttribute(
      'href',
      'mailto:cchc@example.gov.vn',
    );
    expect(within(district).getByText('Phòng số 101')).toBeVisible();
    expect(screen.getByText('Cập nhật ngày 17/12/2007')).toBeVisible();
  });

  it('says once what is missing, and never links it', async () => {
    renderApp('/contacts');
    const ward = await screen.findByRole('region', { name: 'Phường Một' });
    expect(within(ward).getByText('Chưa có số điện thoại, email và địa chỉ.')).toBeVisible();
    expect(within(ward).queryByText('Đang cập nhật')).toBeNull();
    expect(within(ward).queryByText('Điện thoại')).toBeNull();
    expect(within(ward).queryByRole('link')).toBeNull();
  });

  it('hides the units without a phone number in one tap', async () => {
    renderApp('/contacts');
    await screen.findByRole('region', { name: 'Phường Một' });
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Chỉ hiện đơn vị có số điện thoại' }),
    );
    expect(screen.queryByRole('region', { name: 'Phường Một' })).toBeNull();
    expect(screen.getByRole('region', { name: 'UBND Quận Mẫu' })).toBeVisible();
    expect(screen.queryByText(/Chưa có số điện thoại/)).toBeNull();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Chỉ hiện đơn vị có số điện thoại' }),
    );
    expect(await screen.findByRole('region', { name: 'Phường Một' })).toBeVisible();
  });

  it('lists the district before wards whatever the file order', async () => {
    server.use(serveFile('contacts.json', { ...contacts, groups: [...contacts.groups].reverse() }));
    renderApp('/contacts');
    await screen.findByRole('region', { name: 'Phường Một' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('UBND Quận Mẫu')).toBeLessThan(headings.indexOf('Phường Một'));
  });

  it('filters by name without needing Vietnamese accents', async () => {
    renderApp('/contacts');
    await userEvent.type(await screen.findByLabelText(/Tìm đơn vị/), 'phuong mot');
    expect(screen.getByRole('region', { name: 'Phường Một' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'UBND Quận Mẫu' })).toBeNull();
  });

  it('renders hostile names as text and drops malformed contacts', async () => {
    server.use(
      serveFile('contacts.json', {
        groups: [
          {
            id: 'nhom',
            name: '<img src=x onerror=alert(1)>Nhóm',
            kind: 'district',
            contacts: [
              {
                id: 'a',
                name: '<script>alert(1)</script>',
                phones: [{ label: 'x', number: '0909' }],
              },
              { id: 'BAD ID', name: 'Không hợp lệ', phones: [] },
              { id: 'b', phones: [] },
            ],
          },
        ],
      }),
    );
    const { container } = renderApp('/contacts');
    expect(await screen.findByRole('heading', { name: '<script>alert(1)</script>' })).toBeVisible();
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>Nhóm' })).toBeVisible();
    expect(screen.queryByText('Không hợp lệ')).toBeNull();
    expect(container.querySelector('script, img')).toBeNull();
  });

  it('on a server error offers a retry', async () => {
    server.use(serveFile('contacts.json', { status: 502 }));
    renderApp('/contacts');
    expect(await screen.findByRole('button', { name: 'Thử lại' })).toBeVisible();
  });

  it('names the page and the site in the tab on a first load', async () => {
    renderApp('/contacts');
    await screen.findByRole('region', { name: 'UBND Quận Mẫu' });
    expect(document.title).toBe('Đường dây nóng và danh bạ – Ủy ban nhân dân Quận Mẫu');
  });
});
