import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/utils/render-app';

describe('unknown widget addresses', () => {
  it.each(['/embed/khong-co', '/embed/contacts/x', '/embed/latest/a/b'])(
    '%s shows the widget-style not found, without the portal chrome',
    async (url) => {
      renderApp(url);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy tiện ích' }),
      ).toBeVisible();
      expect(screen.queryByRole('banner')).toBeNull();
      expect(screen.queryByRole('navigation', { name: 'Chuyên mục chính' })).toBeNull();
      expect(screen.getByRole('link', { name: 'Xem trên cổng thông tin' })).toHaveAttribute(
        'target',
        '_top',
      );
    },
  );
});
