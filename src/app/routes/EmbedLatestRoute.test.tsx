import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { expectLinksLeaveFrame } from '../../../test/utils/embed-links';
import { recordRequests } from '../../../test/utils/record-requests';
import { renderApp } from '../../../test/utils/render-app';

let requests: ReturnType<typeof recordRequests>;
beforeEach(() => {
  requests = recordRequests();
});
afterEach(() => requests.stop());

function manyItems(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `bai-${i + 1}`,
    title: `Bài số ${i + 1}`,
    publishedAt: new Date(Date.UTC(2007, 11, 28, 3) - i * 3_600_000).toISOString(),
    category: 'thong-bao',
  }));
}

async function listItems() {
  const list = await screen.findByRole('list');
  return within(list).getAllByRole('listitem');
}

describe('/embed/latest', () => {
  it('without a category: newest across the root categories, compact, chromeless', async () => {
    const { container } = renderApp('/embed/latest');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible();
    const items = await listItems();
    // Root first pages (page size 2): tin-tuc's two newest and thong-bao's two newest.
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Công khai số điện thoại đường dây nóng',
      'Khai giảng lớp trung cấp',
      'Bài lúc nửa đêm ngày 10',
      'Bài lúc khuya ngày 9',
    ]);
    // Site time (Asia/Ho_Chi_Minh) even for a reader in Los Angeles.
    expect(items[0]).toHaveTextContent('16:00 - 17/12/2007');
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/articles/cong-khai-duong-day-nong',
    );
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    const source = screen.getByRole('contentinfo');
    expect(source).toHaveTextContent('Nguồn: Ủy ban nhân dân Quận Mẫu');
    expect(within(source).getByRole('link')).toHaveAttribute('href', '/');
    expectLinksLeaveFrame(container);
  });

  it('with a category: its name as heading, page 2 fetched only to reach the limit', async () => {
    const { container } = renderApp('/embed/latest?category=cai-cach&limit=3');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cải cách hành chính' }),
    ).toBeVisible();
    await screen.findByText('Triển khai dịch vụ công qua mạng');
    const items = await listItems();
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Công khai số điện thoại đường dây nóng',
      'Khai giảng lớp trung cấp',
      'Triển khai dịch vụ công qua mạng',
    ]);
    expect(items[2]).toHaveTextContent('07:42 - 21/11/2007');
    expect(requests.paths).toContain('categories/cai-cach/2.json');
    expect(screen.getByRole('link', { name: 'Xem thêm' })).toHaveAttribute(
      'href',
      '/categories/cai-cach',
    );
    expectLinksLeaveFrame(container);
  });

  it('does not fetch page 2 when page 1 is enough', async () => {
    renderApp('/embed/latest?category=cai-cach&limit=2');
    expect(await listItems()).toHaveLength(2);
    expect(requests.paths).toContain('categories/cai-cach/1.json');
    expect(requests.paths).not.toContain('categories/cai-cach/2.json');
  });

  it('stops at the last page when the category has fewer than `limit` articles', async () => {
    renderApp('/embed/latest?category=cai-cach&limit=20');
    await screen.findByText('Triển khai dịch vụ công qua mạng');
    expect(await listItems()).toHaveLength(3);
    expect(requests.paths).not.toContain('categories/cai-cach/3.json');
  });

  it.each([
    ['abc', 5],
    ['0', 1],
    ['99', 20],
    ['', 5],
    ['7', 7],
  ])('clamps limit=%s to %i', async (limit, shown) => {
    server.use(
      serveFile('categories/thong-bao/1.json', {
        category: 'thong-bao',
        page: 1,
        pageCount: 1,
        total: 25,
        items: manyItems(25),
      }),
    );
    renderApp(`/embed/latest?category=thong-bao&limit=${limit}`);
    await screen.findByText('Bài số 1');
    expect(await listItems()).toHaveLength(shown);
  });

  it('says so for an unknown or malformed category instead of crashing', async () => {
    const { container } = renderApp('/embed/latest?category=khong-co');
    expect(await screen.findByText('Không tìm thấy chuyên mục “khong-co”.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible();
    expectLinksLeaveFrame(container);
  });

  it('says so for a malformed category slug without fetching it', async () => {
    renderApp('/embed/latest?category=..%2F..%2Fsite');
    expect(await screen.findByText('Không tìm thấy chuyên mục “../../site”.')).toBeVisible();
    // A `../` that reached fetch would resolve out of api/ (to /site/1.json): nothing may leave
    // the API folder, and no category file is asked for either.
    expect(requests.outside).toEqual([]);
    expect(requests.under('categories/')).toEqual([]);
    expect(requests.paths.every((path) => !path.includes('..'))).toBe(true);
  });

  it('a category is what its page files say, as on the portal: none, not found', async () => {
    server.use(serveFile('categories/cai-cach/1.json', { status: 404 }));
    renderApp('/embed/latest?category=cai-cach');
    expect(await screen.findByText('Không tìm thấy chuyên mục “cai-cach”.')).toBeVisible();
  });

  it('shows a category missing from categories.json whose page files exist', async () => {
    server.use(
      serveFile('categories/chua-liet-ke/1.json', {
        category: 'chua-liet-ke',
        page: 1,
        pageCount: 1,
        total: 1,
        items: [
          {
            id: 'bai-moi',
            title: 'Bài mới',
            publishedAt: '2007-12-20T08:00:00+07:00',
            category: 'chua-liet-ke',
          },
        ],
      }),
    );
    renderApp('/embed/latest?category=chua-liet-ke');
    expect(await screen.findByRole('link', { name: 'Bài mới' })).toBeVisible();
  });

  it('a server error gives a retry and a way out of the frame, never a frame-navigating link', async () => {
    server.use(serveFile('categories/cai-cach/1.json', { status: 503 }));
    const { container } = renderApp('/embed/latest?category=cai-cach');
    expect(await screen.findByRole('button', { name: 'Thử lại' })).toBeVisible();
    expectLinksLeaveFrame(container);
  });

  it('a site.json failure still keeps links out of the frame', async () => {
    server.use(serveFile('site.json', { status: 500 }));
    const { container } = renderApp('/embed/latest');
    expect(await screen.findByText('Không tải được dữ liệu.')).toBeVisible();
    expectLinksLeaveFrame(container);
  });

  it('applies a valid ?theme colour to the widget root, darkened to keep AA contrast', async () => {
    const { container } = renderApp('/embed/latest?theme=%23ffff00');
    await screen.findByRole('heading', { level: 1 });
    const root = container.querySelector('.embed') as HTMLElement;
    const accent = root.style.getPropertyValue('--accent');
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(accent).not.toBe('#ffff00');
  });

  it('ignores a theme that is not a hex colour', async () => {
    const { container } = renderApp('/embed/latest?theme=red;background:url(x)');
    await screen.findByRole('heading', { level: 1 });
    const root = container.querySelector('.embed') as HTMLElement;
    expect(root.style.getPropertyValue('--accent')).toBe('');
    expect(root.getAttribute('style')).toBeNull();
  });
});
