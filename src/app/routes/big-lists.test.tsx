import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/utils/render-app';

const MANY = 10_000;
const bigDirectory = {
  updatedAt: '2007-12-17',
  groups: [
    {
      id: 'phong-ban',
      name: 'Các phòng ban',
      kind: 'department',
      contacts: Array.from({ length: MANY }, (_, i) => ({
        id: `nguoi-${i}`,
        name: `Cán bộ số ${i}`,
        phones: [{ label: 'Máy bàn', number: `028.3829.${String(i).padStart(4, '0')}` }],
      })),
    },
  ],
};
const cards = () => document.querySelectorAll('.contact').length;

describe('big lists', () => {
  it('/contacts with 10 000 contacts draws a first step, more on request, and filters all', async () => {
    server.use(serveFile('contacts.json', bigDirectory));
    renderApp('/contacts');
    await screen.findByRole('heading', { name: 'Cán bộ số 0' }, { timeout: 5000 });
    expect(cards()).toBeLessThanOrEqual(200);
    const more = screen.getByRole('button', { name: /^Hiện thêm/ });
    const before = cards();
    await userEvent.click(more);
    expect(cards()).toBeGreaterThan(before);
    // The filter searches every contact, drawn or not.
    await userEvent.type(screen.getByRole('searchbox'), '9999');
    expect(await screen.findByRole('heading', { name: 'Cán bộ số 9999' })).toBeVisible();
    expect(cards()).toBe(1);
    expect(screen.queryByRole('button', { name: /^Hiện thêm/ })).toBeNull();
  }, 30_000);

  it('/embed/contacts with 10 000 contacts does not draw them all', async () => {
    server.use(serveFile('contacts.json', bigDirectory));
    renderApp('/embed/contacts');
    await screen.findByRole('heading', { name: 'Cán bộ số 0' }, { timeout: 5000 });
    expect(cards()).toBeLessThanOrEqual(200);
    expect(screen.getByRole('button', { name: /^Hiện thêm/ })).toBeVisible();
  }, 30_000);

  it('a category page with an absurd number of items is faulty data', async () => {
    const item = (i: number) => ({
      id: `bai-${i}`,
      title: `Bài ${i}`,
      publishedAt: '2007-12-10T11:19:00+07:00',
      category: 'cai-cach',
    });
    const items = Array.from({ length: 5000 }, (_, i) => item(i));
    server.use(
      serveFile('categories/cai-cach/1.json', {
        category: 'cai-cach',
        page: 1,
        pageCount: 1,
        total: 5000,
        items,
      }),
    );
    renderApp('/categories/cai-cach');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(
      within(alert).getByText('Dữ liệu của phần này bị lỗi nên chưa thể hiển thị.'),
    ).toBeVisible();
  });
});
