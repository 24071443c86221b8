import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/utils/render-app';

describe('unknown URLs', () => {
  it.each(['/khong-co', '/articles/Hoa_Thuong', '/categories/x/y', '/articles/'])(
    '%s shows not found with a way home',
    async (url) => {
      renderApp(url);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
      ).toBeVisible();
      expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    },
  );
});
