import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { categories, contacts } from '../../../mocks/fixtures';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/utils/render-app';

/** Answers 404 for `path` until `upload()` is called, then serves `body`. */
function missingUntilUploaded(path: string, body: unknown) {
  let uploaded = false;
  server.use(
    http.get(`*/api/${path}`, () =>
      uploaded ? HttpResponse.json(body as never) : new HttpResponse('x', { status: 404 }),
    ),
  );
  return () => {
    uploaded = true;
  };
}

// Pages that exist must not call themselves "not found" because a file they lean on is missing,
// and no message may claim something happened that did not ("we have recorded the problem").
describe('a missing or broken supporting file', () => {
  it('home without categories.json names the missing part, keeps the rest, offers a retry', async () => {
    const upload = missingUntilUploaded('categories.json', { categories });
    renderApp('/');
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('Chưa có danh sách chuyên mục.');
    expect(screen.queryByRole('heading', { name: 'Không tìm thấy trang' })).toBeNull();
    // A link to the page you are on is no way out.
    expect(within(alert).queryByRole('link', { name: 'Về trang chủ' })).toBeNull();
    const hotline = screen.getByRole('region', { name: 'Đường dây nóng' });
    expect(await within(hotline).findByRole('link', { name: '08.8291913' })).toBeVisible();
    upload();
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    const newest = await screen.findByRole('region', { name: 'Tin mới nhất' });
    expect(
      await within(newest).findByRole('link', { name: 'Khai giảng lớp trung cấp' }),
    ).toBeVisible();
  });

  it('/contacts without contacts.json keeps its heading and says the directory is missing', async () => {
    const upload = missingUntilUploaded('contacts.json', contacts);
    renderApp('/contacts');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Chưa có danh bạ.');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Đường dây nóng và danh bạ' }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Không tìm thấy trang' })).toBeNull();
    upload();
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('region', { name: 'UBND Quận Mẫu' })).toBeVisible();
  });

  it('a broken document says only what is true', async () => {
    server.use(serveFile('contacts.json', { groups: 'x' }));
    renderApp('/contacts');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu danh bạ bị lỗi nên chưa thể hiển thị.');
    expect(alert).not.toHaveTextContent(/ghi nhận/);
  });

  it('a broken site.json says the whole site is down, not "this part"', async () => {
    server.use(serveFile('site.json', { name: 'X', timeZone: 'Mars/Olympus' }));
    renderApp('/contacts');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Cổng thông tin chưa sẵn sàng: thông tin chung (site.json) bị lỗi',
    );
    expect(alert).not.toHaveTextContent(/phần này/);
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeVisible();
  });
});
