import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/utils/render-app';

const SRC = new URL('/embed.js', window.location.href).href;

describe('/embed builder', () => {
  it('lives in the normal site layout and starts with the latest-news snippet', async () => {
    renderApp('/embed');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nhúng tiện ích vào website phường' }),
    ).toBeVisible();
    expect(screen.getByRole('banner')).toBeVisible();
    expect(screen.getByLabelText(/^Dán đoạn mã này/)).toHaveValue(
      `<script src="${SRC}" data-widget="latest" data-limit="5" async></script>`,
    );
    expect(screen.getByTitle('Xem trước: Tin mới nhất')).toHaveAttribute(
      'src',
      '/embed/latest?limit=5',
    );
  });

  it('builds the snippet from the chosen options and the preview follows', async () => {
    const user = userEvent.setup();
    renderApp('/embed');
    const category = await screen.findByLabelText('Chuyên mục');
    await screen.findByRole('option', { name: '— Cải cách hành chính' });
    await user.selectOptions(category, 'cai-cach');
    const limit = screen.getByLabelText(/^Số bài hiển thị/);
    await user.clear(limit);
    await user.type(limit, '99');
    await user.type(screen.getByLabelText(/^Màu chủ đạo/), '#B00');
    expect(screen.getByLabelText(/^Dán đoạn mã này/)).toHaveValue(
      `<script src="${SRC}" data-widget="latest" data-category="cai-cach" data-limit="20" data-theme-color="#bb0000" async></script>`,
    );
    expect(screen.getByTitle('Xem trước: Tin mới nhất')).toHaveAttribute(
      'src',
      '/embed/latest?category=cai-cach&limit=20&theme=%23bb0000',
    );

    await user.click(screen.getByRole('radio', { name: 'Danh bạ đường dây nóng' }));
    const group = screen.getByLabelText('Nhóm danh bạ');
    await screen.findByRole('option', { name: 'Phường Một' });
    await user.selectOptions(group, 'phuong-mot');
    expect(screen.getByLabelText(/^Dán đoạn mã này/)).toHaveValue(
      `<script src="${SRC}" data-widget="contacts" data-group="phuong-mot" data-theme-color="#bb0000" async></script>`,
    );
    expect(screen.queryByLabelText('Chuyên mục')).toBeNull();
  });

  it('ignores a colour that is not hex, and says so', async () => {
    const user = userEvent.setup();
    renderApp('/embed');
    const color = await screen.findByLabelText(/^Màu chủ đạo/);
    await user.type(color, 'red');
    expect(color).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Mã màu không hợp lệ nên sẽ không được dùng.')).toBeVisible();
    expect(screen.getByLabelText(/^Dán đoạn mã này/)).not.toHaveValue(
      expect.stringContaining('theme'),
    );
  });

  it('copies the snippet to the clipboard and announces it', async () => {
    const user = userEvent.setup();
    renderApp('/embed');
    await user.click(await screen.findByRole('radio', { name: 'Xem bài viết theo ngày' }));
    await user.click(screen.getByRole('button', { name: 'Sao chép mã nhúng' }));
    const expected = `<script src="${SRC}" data-widget="calendar" async></script>`;
    expect(await navigator.clipboard.readText()).toBe(expected);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Đã sao chép mã nhúng.');
  });

  it('drops the confirmation once the code changes: it was about the old code', async () => {
    const user = userEvent.setup();
    renderApp('/embed');
    await user.click(await screen.findByRole('button', { name: 'Sao chép mã nhúng' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Đã sao chép mã nhúng.');
    await user.click(screen.getByRole('radio', { name: 'Danh bạ đường dây nóng' }));
    expect(status).toBeEmptyDOMElement();
  });

  describe('without a clipboard API (plain http, an old browser)', () => {
    // user-event puts a clipboard stub on navigator at setup: take it away afterwards, and give
    // jsdom (which has no execCommand) the old copy command we want to test.
    function withoutClipboard(execCommand?: () => boolean) {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      if (execCommand) {
        Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
      }
    }
    afterEach(() => {
      Reflect.deleteProperty(document, 'execCommand');
    });

    async function copyWithout(execCommand?: () => boolean) {
      const user = userEvent.setup();
      withoutClipboard(execCommand);
      renderApp('/embed');
      const button = await screen.findByRole('button', { name: 'Sao chép mã nhúng' });
      await user.click(button);
      const code = screen.getByLabelText(/^Dán đoạn mã này/) as HTMLTextAreaElement;
      const status = within(button.parentElement as HTMLElement).getByRole('status');
      return { code, status };
    }

    it('selects the code and asks for Ctrl+C when the browser cannot copy either', async () => {
      const { code, status } = await copyWithout();
      expect(document.activeElement).toBe(code);
      expect(code.selectionStart).toBe(0);
      expect(code.selectionEnd).toBe(code.value.length);
      expect(status).toHaveTextContent(
        'Trình duyệt không cho sao chép tự động: mã đã được chọn sẵn, hãy nhấn Ctrl+C.',
      );
    });

    it('copies with the old copy command where the browser still has it', async () => {
      const execCommand = vi.fn(() => true);
      const { code, status } = await copyWithout(execCommand);
      expect(execCommand).toHaveBeenCalledWith('copy');
      expect(document.activeElement).toBe(code);
      expect(status).toHaveTextContent('Đã sao chép mã nhúng.');
    });
  });
});
