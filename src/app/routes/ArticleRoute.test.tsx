import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { articles } from '../../../mocks/fixtures';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { failThenServe } from '../../../test/utils/counting-handler';
import { renderApp } from '../../../test/utils/render-app';

const main = articles[0];

describe('article page', () => {
  it('shows breadcrumb, title, site-local date and time, body, figure and author', async () => {
    renderApp('/articles/cong-khai-duong-day-nong');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Công khai số điện thoại đường dây nóng',
      }),
    ).toBeVisible();
    const crumbs = screen.getByRole('navigation', { name: 'Đường dẫn' });
    expect(
      within(crumbs)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Trang chủ', 'Tin tức & sự kiện', 'Cải cách hành chính']);
    // 16:00 in Hồ Chí Minh City is 01:00 in Los Angeles, where this test runs.
    expect(screen.getByText('16:00 - 17/12/2007')).toHaveAttribute('datetime', main?.publishedAt);
    // A number in the body is a tel: link (tap to call), the sentence around it unchanged.
    const phone = within(screen.getByRole('article')).getByRole('link', { name: '08.8291913' });
    expect(phone).toHaveAttribute('href', 'tel:088291913');
    expect(phone.parentElement).toHaveTextContent('Điện thoại: 08.8291913');
    expect(screen.getByText('Trụ sở UBND').tagName).toBe('FIGCAPTION');
    const figure = screen.getByRole('img', { name: 'Trụ sở' });
    expect(figure).toHaveAttribute('src', '/images/a.svg');
    // Its box is reserved from the data's intrinsic size before the file arrives.
    expect([figure.getAttribute('width'), figure.getAttribute('height')]).toEqual(['640', '400']);
    expect(screen.getByText('NN')).toBeVisible();
    expect(screen.getByRole('button', { name: 'In bài viết' })).toBeVisible();
    // On a first load too, the tab names the article and the site.
    await waitFor(() =>
      expect(document.title).toBe(
        'Công khai số điện thoại đường dây nóng – Ủy ban nhân dân Quận Mẫu',
      ),
    );
  });

  it('lists the category’s other articles as "HH:mm - dd/MM/yyyy" when there is no related list', async () => {
    renderApp('/articles/cong-khai-duong-day-nong');
    const earlier = await screen.findByRole('region', { name: 'Các tin đã đưa' });
    const link = await within(earlier).findByRole('link', { name: 'Khai giảng lớp trung cấp' });
    expect(link.closest('li')).toHaveTextContent('Khai giảng lớp trung cấp (11:19 - 10/12/2007)');
    expect(within(earlier).queryByRole('link', { name: main?.title })).toBeNull();
  });

  it('prefers the article’s own related list', async () => {
    server.use(
      serveFile('articles/cong-khai-duong-day-nong.json', {
        ...main,
        related: [
          {
            id: 'lien-quan',
            title: 'Bài liên quan',
            publishedAt: '2007-11-21T07:42:00+07:00',
            category: 'x',
          },
        ],
      }),
    );
    renderApp('/articles/cong-khai-duong-day-nong');
    const earlier = await screen.findByRole('region', { name: 'Các tin đã đưa' });
    expect(
      within(earlier).getByRole('link', { name: 'Bài liên quan' }).closest('li'),
    ).toHaveTextContent('(07:42 - 21/11/2007)');
  });

  it('says not found for a missing article', async () => {
    renderApp('/articles/khong-co-bai-nay');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeVisible();
  });

  it('says not found when the server answers with its HTML fallback page', async () => {
    server.use(
      serveFile('articles/cong-khai-duong-day-nong.json', { text: '<!doctype html><p>app' }),
    );
    renderApp('/articles/cong-khai-duong-day-nong');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeVisible();
  });

  it('on a server error offers "Thử lại", which loads the article', async () => {
    server.use(failThenServe('articles/cong-khai-duong-day-nong.json', main));
    renderApp('/articles/cong-khai-duong-day-nong');
    expect(await screen.findByText('Không tải được dữ liệu.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { level: 1, name: main?.title })).toBeVisible();
  });

  it('explains a malformed article instead of crashing', async () => {
    server.use(serveFile('articles/cong-khai-duong-day-nong.json', { ...main, body: undefined }));
    renderApp('/articles/cong-khai-duong-day-nong');
    expect(
      await screen.findByText('Dữ liệu của phần này bị lỗi nên chưa thể hiển thị.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();
  });

  it('sanitises a hostile body and renders hostile title and caption as text', async () => {
    server.use(
      serveFile('articles/cong-khai-duong-day-nong.json', {
        ...main,
        title: '<b>Tiêu đề</b>',
        body:
          '<p>Nội dung</p><script>window.__x=1</script><img src="/a.png" onerror="window.__x=2">' +
          '<a href="javascript:window.__x=3">bấm</a><iframe src="https://evil.example"></iframe>',
        images: [{ src: '/a.svg', alt: 'Ảnh', caption: '<script>chú thích</script>' }],
      }),
    );
    const { container } = renderApp('/articles/cong-khai-duong-day-nong');
    expect(await screen.findByRole('heading', { level: 1, name: '<b>Tiêu đề</b>' })).toBeVisible();
    expect(screen.getByText('Nội dung')).toBeVisible();
    expect(container.querySelector('script, iframe, [onerror]')).toBeNull();
    expect(screen.getByText('bấm')).not.toHaveAttribute('href');
    expect(screen.getByText('<script>chú thích</script>').tagName).toBe('FIGCAPTION');
  });
});

describe('article summary', () => {
  it('is shown as a lead unless the body already starts with it', async () => {
    server.use(
      serveFile('articles/cong-khai-duong-day-nong.json', {
        ...main,
        summary: 'Đoạn một.',
      }),
    );
    const { container } = renderApp('/articles/cong-khai-duong-day-nong');
    await screen.findByRole('heading', { level: 1, name: main?.title });
    expect(container.querySelector('.lead')).toBeNull();
    expect(screen.getByText('Đoạn một.')).toBeVisible();
  });

  it('appears when it says something the body does not start with', async () => {
    renderApp('/articles/cong-khai-duong-day-nong');
    expect(await screen.findByText('Thông báo về đường dây nóng.')).toHaveClass('lead');
  });
});
